/** What starts a step's address (`#/carrier`); any other fragment (`#main`, from the skip link) names no step. */
export const stepHashPrefix = "#/";
