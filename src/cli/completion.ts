// `extract completion bash|zsh`: a completion script for the shell, made from the options the
// command defines (their names, whether they take a value, their choices), so that a new option
// or a new format is completed without anyone editing a script.
import type { Command } from "commander";

export const SHELLS = ["bash", "zsh"] as const;
export type Shell = (typeof SHELLS)[number];

export const isShell = (value: string | undefined): value is Shell => (SHELLS as readonly string[]).includes(value ?? "");

interface Flag {
  names: string[];
  takesValue: boolean;
  /** What the value is, as --help names it: `size` for `--max-bytes <size>`. */
  valueName: string;
  choices: readonly string[];
  description: string;
}

/** The command's options, and -h/--help, which commander adds without listing it. */
export function flagsOf(program: Command): Flag[] {
  const flags: Flag[] = program.options
    .filter((o) => !o.hidden)
    .map((o) => ({
      names: [o.short, o.long].filter((n): n is string => Boolean(n)),
      takesValue: o.required || o.optional,
      // the value placeholder ends the flags: "--max-bytes <size>"
      valueName: o.flags.includes("<") || o.flags.includes("[") ? o.flags.slice(o.flags.search(/[<[]/u) + 1, -1) : "value",
      choices: o.argChoices ?? [],
      description: o.description,
    }));
  flags.push({ names: ["-h", "--help"], takesValue: false, valueName: "", choices: [], description: "display help for command" });
  return flags;
}

/** An option whose value is a folder, as --help names it: `--out-dir <dir>`. */
const isFolder = (flag: Flag) => flag.valueName === "dir";

export function completionScript(shell: Shell, program: Command): string {
  return shell === "bash" ? bashScript(program.name(), flagsOf(program)) : zshScript(program.name(), flagsOf(program));
}

function bashScript(name: string, flags: Flag[]): string {
  const fn = `_${name}`;
  const words = flags.flatMap((f) => f.names).join(" ");
  const valueCases = flags
    .filter((f) => f.takesValue)
    .map((f) => {
      const pattern = f.names.join("|");
      if (f.choices.length) return `    ${pattern}) _${name}_reply "${f.choices.join(" ")}"; return 0 ;;`;
      // a folder (--out-dir DIR): folder names, which may not exist yet
      if (isFolder(f)) return `    ${pattern}) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return 0 ;;`;
      // a value of the user's own (a date, a size, a list): nothing to offer
      return `    ${pattern}) return 0 ;;`;
    })
    .join("\n");
  return `# bash completion for ${name}, printed by \`${name} completion bash\`.
# Install: ${name} completion bash > ~/.local/share/bash-completion/completions/${name}
# (or source it from ~/.bashrc: source <(${name} completion bash))

_${name}_reply() {
  mapfile -t COMPREPLY < <(compgen -W "$1" -- "$cur")
}

${fn}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} i
  COMPREPLY=()
  # bash splits --format=csv at the =: complete the value after it
  if [[ $cur == "=" ]]; then
    cur=""
  elif [[ $prev == "=" && $COMP_CWORD -ge 2 ]]; then
    prev=\${COMP_WORDS[COMP_CWORD-2]}
  fi
  if [[ $COMP_CWORD -eq 2 && \${COMP_WORDS[1]} == completion ]]; then
    _${name}_reply "${SHELLS.join(" ")}"
    return 0
  fi
  # after --, every word is a path
  for ((i = 1; i < COMP_CWORD; i++)); do
    if [[ \${COMP_WORDS[i]} == "--" ]]; then
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -f -- "$cur")
      return 0
    fi
  done
  case $prev in
${valueCases}
  esac
  if [[ $cur == -* ]]; then
    _${name}_reply "${words}"
    return 0
  fi
  # files and folders (-o filenames: a folder gets its slash, a name with spaces is quoted)
  compopt -o filenames 2>/dev/null
  mapfile -t COMPREPLY < <(compgen -f -- "$cur")
}

complete -F ${fn} ${name}
`;
}

/** Text inside a zsh `_arguments` description `[…]`, itself inside single quotes. */
const zshDescription = (text: string) =>
  text
    // the first clause is enough beside a name
    .split(/; | \(/u)[0]!
    .replace(/[[\]\\]/gu, (c) => `\\${c}`)
    .replaceAll("'", "'\\''");

function zshScript(name: string, flags: Flag[]): string {
  const specs = flags.map((f) => {
    const description = `[${zshDescription(f.description)}]`;
    // :name:(choices), :dir:_directories for a folder, or :name:<space> for a value of the user's
    // own (zsh shows the name)
    const value = !f.takesValue ? "" : `:${f.valueName}:${f.choices.length ? `(${f.choices.join(" ")})` : isFolder(f) ? "_directories" : " "}`;
    const exclusive = f.names.includes("--help") || f.names.includes("--version") ? "'(- *)'" : f.names.length > 1 ? `'(${f.names.join(" ")})'` : "";
    // -f+ and --format=: the value may follow in the same word (-fcsv, --format=csv) or the next
    const names = f.names.map((n) => (f.takesValue ? (n.startsWith("--") ? `${n}=` : `${n}+`) : n));
    const spec = `${description}${value}`;
    return names.length > 1 ? `${exclusive}{${names.join(",")}}'${spec}'` : `${exclusive}'${names[0]}${spec}'`;
  });
  return `#compdef ${name}
# zsh completion for ${name}, printed by \`${name} completion zsh\`.
# Install: mkdir -p ~/.zfunc && ${name} completion zsh > ~/.zfunc/_${name}, and in ~/.zshrc,
# before compinit: fpath=(~/.zfunc $fpath). Or source it: source <(${name} completion zsh)

_${name}() {
  if [[ $words[2] == completion ]] && (( CURRENT == 3 )); then
    _values shell ${SHELLS.join(" ")}
    return
  fi
  _arguments -s -S \\
    ${specs.join(" \\\n    ")} \\
    '*:file:_files'
}

if [[ $funcstack[1] == _${name} ]]; then
  _${name} "$@"
else
  compdef _${name} ${name}
fi
`;
}
