/// <reference types="vite/client" />

declare module "virtual:bundled-banks" {
  export interface BundledBankEntry {
    id: string;
    exam: string;
    /** Path below the app's base URL, content-hashed. */
    file: string;
    /** SHA-256 of the file's content. */
    hash: string;
    questionCount: number;
    bytes: number;
  }
  export const bundledBanks: BundledBankEntry[];
}
