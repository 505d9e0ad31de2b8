// Excel's own limits, enforced before anything is written so a file never holds what Excel
// would refuse or "repair" on open.

/** characters in one cell */
export const MAX_TEXT_LENGTH = 32767;
/** characters in one formula */
export const MAX_FORMULA_LENGTH = 8192;
/** characters in a sheet name */
export const MAX_SHEET_NAME_LENGTH = 31;
/** characters in a number format code */
export const MAX_NUMBER_FORMAT_LENGTH = 255;
/** characters in a defined name */
export const MAX_NAME_LENGTH = 255;
export const MAX_COLUMN_WIDTH = 255;
export const MAX_FONT_SIZE = 409;

/** Guards against a typo such as `A1:XFD1048576` walking billions of cells one by one. */
export const MAX_CELLS_PER_CHANGE = 1_000_000;
export const MAX_CELLS_PER_READ = 5_000_000;

/** Reading: exceljs expands every data validation and defined name to one entry per covered cell
 *  as it loads a file; past this many cells in one workbook the rest are left out (about 0.3 s
 *  and 30 MB; none is needed to read values). */
export const MAX_EXPANDED_CELLS_ON_READ = 200_000;
