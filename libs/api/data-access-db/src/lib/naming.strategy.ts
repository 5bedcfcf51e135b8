import { DefaultNamingStrategy, NamingStrategyInterface, Table } from 'typeorm';

function snake(value: string): string {
  return value.replace(/([a-z\d])([A-Z])/g, '$1_$2').toLowerCase();
}

/** snake_case tables and columns, so SQL written by hand (reports, seeds, bench) reads naturally. */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(targetName: string, userSpecifiedName: string | undefined): string {
    return userSpecifiedName ?? snake(targetName);
  }

  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snake(prefixes.concat(customName ?? propertyName).join('_'));
  }

  override relationName(propertyName: string): string {
    return snake(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }

  override joinTableName(firstTableName: string, secondTableName: string): string {
    return snake(`${firstTableName}_${secondTableName}`);
  }

  override joinTableColumnName(tableName: string, propertyName: string, columnName?: string): string {
    return snake(`${tableName}_${columnName ?? propertyName}`);
  }

  override primaryKeyName(tableOrName: Table | string, columnNames: string[]): string {
    return `pk_${this.plainName(tableOrName)}_${columnNames.join('_')}`.slice(0, 63);
  }

  override foreignKeyName(tableOrName: Table | string, columnNames: string[]): string {
    return `fk_${this.plainName(tableOrName)}_${columnNames.join('_')}`.slice(0, 63);
  }

  override indexName(tableOrName: Table | string, columnNames: string[], where?: string): string {
    const suffix = where ? '_partial' : '';
    return `ix_${this.plainName(tableOrName)}_${columnNames.join('_')}${suffix}`.slice(0, 63);
  }

  override uniqueConstraintName(tableOrName: Table | string, columnNames: string[]): string {
    return `uq_${this.plainName(tableOrName)}_${columnNames.join('_')}`.slice(0, 63);
  }

  private plainName(tableOrName: Table | string): string {
    const name = typeof tableOrName === 'string' ? tableOrName : tableOrName.name;
    return name.split('.').pop() ?? name;
  }
}
