/** An entry the machine refused: the field at fault (a question, or a field of a record) and the message id saying why. */
export type Refusal = { field: string; message: string };
