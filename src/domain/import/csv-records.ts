/**
 * RFC 4180 records in one pass over the text: fields in double quotes may hold the
 * delimiter, line breaks and doubled quotes (""). Spreadsheets also write CR-only and
 * LF-only line ends, and ";" or tab as the delimiter (a locale's choice), so both are read.
 */

export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
  /** 1-based line where it ends (a quoted field may hold line breaks). */
  endLine: number;
}

export interface CsvParse {
  records: CsvRecord[];
  /** A quoted field still open at the end of the file, with the line where it opened. */
  unterminated?: number;
}

/** The delimiter of the header line: the most frequent of `,` `;` and tab outside quotes. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ",";
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

export function parseCsvRecords(
  text: string,
  delimiter = detectDelimiter(text),
  onLine?: (line: number) => void,
): CsvParse {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    fields.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    // A blank line is no record (spreadsheets leave them at the end).
    if (fields.length > 1 || fields[0] !== "")
      records.push({ fields, line: recordLine, endLine: line });
    fields = [];
  };
  for (; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"') {
        if (text.charAt(i + 1) === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else if (c === "\r" || c === "\n") {
        if (c === "\r" && text.charAt(i + 1) === "\n") i++;
        field += "\n";
        line++;
        onLine?.(line);
      } else field += c;
    } else if (c === '"' && field === "") {
      quoted = true;
      quoteLine = line;
    } else if (c === delimiter) endField();
    else if (c === "\r" || c === "\n") {
      if (c === "\r" && text.charAt(i + 1) === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
      onLine?.(line);
    } else field += c;
  }
  if (quoted) return { records, unterminated: quoteLine };
  if (field !== "" || fields.length) endRecord();
  return { records, unterminated: undefined };
}
