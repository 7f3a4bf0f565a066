/** id of a follow-up row's header cell, focus target after the row's buttons disappear */
export const rowHeaderId = (id: string) => `followup-${id}`;
