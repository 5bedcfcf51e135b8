export { writeXlsx, writeXlsxTo, newWorkbookWriter, sheetColumns, XLSX_CONTENT_TYPE, PRODUCT_NAME } from './xlsx-writer';
export { writeCsvZip, tableCsv, csvFileName, readme, README_NAME, ZIP_CONTENT_TYPE } from './csv-zip-writer';
export { writePdf, pdfDefinition, PDF_CONTENT_TYPE } from './pdf-writer';
export { csvField, csvLine, BOM, CSV_CONTENT_TYPE } from './csv-format';
export { addTableSheet, appendTableRow, fittingWidth, SheetColumn } from './xlsx-table';
export { sheetNames, EXPLANATION_SHEET } from './sheet-names';
export { SUPPRESSED, plainNumber, germanText, germanDate } from './cell-format';
