// What the user named on the command line, expanded into the inputs to read, in order: files as
// given, folders walked recursively (sorted, so runs are reproducible), "-" for standard input.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { ExtractError } from "../errors.js";

export type Input =
  | { kind: "stdin"; path: "-" }
  /** `folder`: the folder named on the command line that the file was found in (for --out-dir). */
  | { kind: "file"; path: string; folder?: string }
  | { kind: "missing"; path: string; error: ExtractError };

/** Normalises `--ext` values: "txt", ".txt", "txt,md" → [".txt", ".md"]. */
export function parseExtensions(value: string): string[] {
  return value
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) => (e.startsWith(".") ? e : `.${e}`).toLowerCase());
}

export async function expandInputs(paths: string[], extensions: string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const path of paths) {
    if (path === "-") {
      inputs.push({ kind: "stdin", path: "-" });
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      inputs.push({ kind: "missing", path, error: fileError(path, error) });
      continue;
    }
    if (info.isDirectory()) inputs.push(...(await walk(path, extensions, path)));
    else inputs.push({ kind: "file", path });
  }
  return inputs;
}

async function walk(folder: string, extensions: string[], named: string): Promise<Input[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    return [{ kind: "missing", path: folder, error: fileError(folder, error) }];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: Input[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path, extensions, named)));
    else if (extensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) found.push({ kind: "file", path, folder: named });
  }
  return found;
}

/** Maps a file-system failure to the error a user reads. */
export function fileError(path: string, error: unknown): ExtractError {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return new ExtractError("NOT_FOUND", `${path}: no such file or folder`);
  if (code === "EACCES" || code === "EPERM") return new ExtractError("UNREADABLE", `${path}: permission denied`);
  if (code === "EISDIR") return new ExtractError("UNREADABLE", `${path}: is a folder`);
  if (error instanceof ExtractError) return error;
  return new ExtractError("UNREADABLE", `${path}: cannot be read${code ? ` (${code})` : ""}`);
}
