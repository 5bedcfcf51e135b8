export * from './engagement-refs.dto';
export * from './activity.dto';
export * from './project.dto';
