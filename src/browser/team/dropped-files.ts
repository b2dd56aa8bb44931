/** Files a manager drops or picks, folders included, as names (with their folder path) and text. */

/** One file's name (folder path included) and text. */
export interface DroppedFile {
  name: string;
  text: string;
}

const wanted = (name: string) => /\.(json|csv)$/i.test(name);

/** Reads picked files (a folder picker gives each file's path in the folder). Other kinds of file are left out. */
export async function readPicked(list: FileList | readonly File[]): Promise<DroppedFile[]> {
  const files = [...list].filter((f) => wanted(f.name));
  return Promise.all(files.map(async (f) => ({ name: f.webkitRelativePath || f.name, text: await f.text() })));
}

type Entry = FileSystemEntry;
const isFile = (e: Entry): e is FileSystemFileEntry => e.isFile;
const isDirectory = (e: Entry): e is FileSystemDirectoryEntry => e.isDirectory;

async function filesOf(entry: Entry): Promise<File[]> {
  if (isFile(entry)) return [await new Promise<File>((done, fail) => entry.file(done, fail))].filter((f) => wanted(f.name)).map((f) => Object.defineProperty(f, 'path', { value: entry.fullPath.replace(/^\//, '') }));
  if (!isDirectory(entry)) return [];
  const reader = entry.createReader();
  const children: Entry[] = [];
  // readEntries gives at most 100 entries a call: read until it gives none.
  for (;;) {
    const batch = await new Promise<Entry[]>((done, fail) => reader.readEntries(done, fail));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  return (await Promise.all(children.map(filesOf))).flat();
}

/** Reads dropped files and folders (folders through the entries API where the browser has it). */
export async function readDropped(data: DataTransfer): Promise<DroppedFile[]> {
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is Entry => !!e);
  if (entries.length === 0) return readPicked(data.files);
  const files = (await Promise.all(entries.map(filesOf))).flat();
  return Promise.all(files.map(async (f) => ({ name: (f as File & { path?: string }).path ?? f.name, text: await f.text() })));
}
