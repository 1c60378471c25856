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
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const newLine = () => {
    line++;
    onLine?.(line);
  };
  const endRecord = () => {
    fields.push(field);
    field = "";
    // A blank line is no record (spreadsheets leave them at the end).
    if (fields.length > 1 || fields[0] !== "")
      records.push({ fields, line: recordLine, endLine: line });
    fields = [];
  };
  // Text is copied a run at a time (slice), never a character at a time: a 5 MB sheet
  // would otherwise build millions of one-character strings.
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '"' && field === "") {
      const quoteLine = line;
      let j = i + 1;
      let value = "";
      for (;;) {
        const end = text.indexOf('"', j);
        if (end < 0) return { records, unterminated: quoteLine };
        value += text.slice(j, end);
        if (text.charAt(end + 1) !== '"') {
          j = end + 1;
          break;
        }
        value += '"';
        j = end + 2;
      }
      for (let k = 0; k < value.length; k++) {
        const ch = value.charCodeAt(k);
        if (ch === 10 || (ch === 13 && value.charCodeAt(k + 1) !== 10)) newLine();
      }
      field = value.includes("\r") ? value.replace(/\r\n?/g, "\n") : value;
      i = j;
    } else if (c === delimiter) {
      fields.push(field);
      field = "";
      i++;
    } else if (c === "\r" || c === "\n") {
      i += c === "\r" && text.charAt(i + 1) === "\n" ? 2 : 1;
      endRecord();
      newLine();
      recordLine = line;
    } else {
      // An unquoted run, or text after a closing quote (kept, as spreadsheets do).
      let j = i + 1;
      while (j < text.length) {
        const d = text.charAt(j);
        if (d === delimiter || d === "\r" || d === "\n") break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== "" || fields.length) endRecord();
  return { records, unterminated: undefined };
}
