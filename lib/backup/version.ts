/** The export file's version: 4 since it carries notes, the plan and review histories (1 to 3 were stored progress). */
export const BACKUP_VERSION = 4;
