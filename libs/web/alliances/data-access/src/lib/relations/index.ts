// Clients for the records shown in the alliance's tabs (partners, contacts, activities, ...).
export {};
