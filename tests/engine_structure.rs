//! The engine's shape, enforced: it stays pure Rust (tested natively, no browser crates), and
//! no two of its files import each other, directly or round a longer circle.
//!
//! Imports are read from the source text (`use` statements and inline `crate::...` or
//! `super::...` paths, test modules aside) and followed through re-exports to the file that
//! defines the item, so a `mod.rs` that only declares and re-exports its children is never
//! part of a circle.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const BROWSER_CRATES: [&str; 5] = ["leptos", "web_sys", "js_sys", "gloo", "wasm_bindgen"];

/// A module path from `src`, e.g. `["engine", "analysis", "cost"]`; `crate::` in an engine file is
/// `["engine"]` (see [`one_root`]).
type ModPath = Vec<String>;

struct SourceFile {
    path: PathBuf,
    module: ModPath,
    /// The file's code without comments and without its `#[cfg(test)]` module.
    code: String,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Code lines only: `//` comments dropped, and everything from a top-level `#[cfg(test)]` on
/// (test modules sit at the end of each file and may import what they like).
fn code_of(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.starts_with("#[cfg(test)]") {
            break;
        }
        let code = match line.find("//") {
            Some(i) if !line[..i].contains('"') => &line[..i],
            _ => line,
        };
        out.push_str(code);
        out.push('\n');
    }
    out
}

fn load(root: &str) -> Vec<SourceFile> {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    rust_files(&base.join(root), &mut paths);
    let files = paths
        .into_iter()
        .map(|path| {
            let rel = path.strip_prefix(&base).expect("under src").with_extension("");
            let mut module: ModPath = rel.iter().map(|s| s.to_string_lossy().into_owned()).collect();
            if module.last().is_some_and(|s| s == "mod") || module == ["engine", "core"] {
                module.pop();
            }
            let text = fs::read_to_string(&path).expect("readable source");
            SourceFile {
                path,
                module,
                code: code_of(&text),
            }
        })
        .collect();
    one_root(files)
}

/// The engine is two crates over one tree: `engine/core.rs` is the computing core's root and
/// `engine/mod.rs` re-exports it whole (a glob) and adds the rest, so every `crate::` path in
/// either crate names one root. The two root files are read as that one module.
fn one_root(files: Vec<SourceFile>) -> Vec<SourceFile> {
    let (roots, mut rest): (Vec<SourceFile>, Vec<SourceFile>) =
        files.into_iter().partition(|f| f.module.len() == 1);
    let mut roots = roots.into_iter();
    if let Some(first) = roots.next() {
        let merged = roots.fold(first, |mut root, other| {
            let other_name = other.path.file_name().unwrap_or_default().to_string_lossy();
            root.path = PathBuf::from(format!("{} + {other_name}", root.path.display()));
            root.code.push('\n');
            root.code.push_str(&other.code);
            root
        });
        rest.insert(0, merged);
    }
    rest
}

/// Expands a use tree such as `a::{b, c::{self, D as E}}` into full paths (aliases dropped).
fn expand(prefix: &str, tree: &str, out: &mut Vec<String>) {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        let name = tree.split(" as ").next().unwrap_or(tree).trim();
        let path = match name {
            "self" => prefix.trim_end_matches("::").to_string(),
            _ => format!("{prefix}{name}"),
        };
        out.push(path);
        return;
    };
    let head = format!("{prefix}{}", &tree[..open]);
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut depth, mut start) = (0, 0);
    for (i, ch) in inner.char_indices() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                expand(&head, &inner[start..i], out);
                start = i + 1;
            }
            _ => {}
        }
    }
    if !inner[start..].trim().is_empty() {
        expand(&head, &inner[start..], out);
    }
}

/// Every `use` in the code, as (is a re-export, full path text).
fn uses(code: &str) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("use ") {
        let before = &rest[..i];
        let at_start = before.is_empty() || before.ends_with(['\n', ' ', '\t', ')']);
        let line_start = before.rfind('\n').map_or(0, |n| n + 1);
        let lead = before[line_start..].trim();
        let reexport = lead.starts_with("pub");
        let after = &rest[i + 4..];
        let end = after.find(';').unwrap_or(after.len());
        if at_start && (lead.is_empty() || reexport) {
            let mut paths = Vec::new();
            expand(
                "",
                &after[..end].split_whitespace().collect::<Vec<_>>().join(" "),
                &mut paths,
            );
            out.extend(paths.into_iter().map(|p| (reexport, p.replace(' ', ""))));
        }
        rest = &after[end.min(after.len())..];
    }
    out
}

/// Inline paths such as `crate::model::limits::MAX_WORKLOADS` outside `use` lines.
fn inline_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in code
        .lines()
        .filter(|l| !l.trim_start().starts_with("use ") && !l.contains(" use "))
    {
        for start in ["crate::", "super::"] {
            let mut rest = line;
            while let Some(i) = rest.find(start) {
                let preceded = rest[..i]
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':');
                let tail = &rest[i..];
                let end = tail
                    .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .unwrap_or(tail.len());
                if !preceded {
                    out.push(tail[..end].trim_end_matches(':').to_string());
                }
                rest = &tail[end..];
            }
        }
    }
    out
}

struct Tree {
    files: Vec<SourceFile>,
    by_module: BTreeMap<ModPath, usize>,
    /// Per file: re-exported name -> full path it stands for.
    reexports: Vec<BTreeMap<String, ModPath>>,
}

impl Tree {
    fn new(files: Vec<SourceFile>) -> Tree {
        let by_module = files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.module.clone(), i))
            .collect();
        let mut tree = Tree {
            files,
            by_module,
            reexports: Vec::new(),
        };
        tree.reexports = (0..tree.files.len())
            .map(|i| {
                uses(&tree.files[i].code)
                    .into_iter()
                    .filter(|(re, _)| *re)
                    .filter_map(|(_, p)| {
                        let full = tree.absolute(i, &p)?;
                        Some((full.last()?.clone(), full))
                    })
                    .collect()
            })
            .collect();
        tree
    }

    /// The full module path of `path` as written in file `from`, if it points into the tree.
    fn absolute(&self, from: usize, path: &str) -> Option<ModPath> {
        let module = &self.files[from].module;
        let segs: Vec<String> = path
            .split("::")
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        let (first, rest) = segs.split_first()?;
        let mut full: ModPath = match first.as_str() {
            "crate" => self.files[0].module[..1].to_vec(),
            "self" => module.clone(),
            "super" => module[..module.len().saturating_sub(1)].to_vec(),
            child => {
                let mut m = module.clone();
                m.push(child.to_string());
                if !self.by_module.contains_key(&m) {
                    return None;
                }
                m.pop();
                m
            }
        };
        let mut rest = rest;
        if first == "super" {
            while rest.first().is_some_and(|s| s == "super") {
                full.pop();
                rest = &rest[1..];
            }
        } else if !matches!(first.as_str(), "crate" | "self") {
            full.push(first.clone());
        }
        full.extend(rest.iter().cloned());
        (full.first() == self.files[0].module.first()).then_some(full)
    }

    /// The file that defines what `path` names, following re-exports.
    fn defining_file(&self, path: &ModPath, depth: usize) -> Option<usize> {
        let cut = (1..=path.len())
            .rev()
            .find(|&n| self.by_module.contains_key(&path[..n]))?;
        let file = self.by_module[&path[..cut]];
        match path.get(cut) {
            Some(name) if depth < 16 => match self.reexports[file].get(name) {
                Some(target) if target != path => self.defining_file(target, depth + 1).or(Some(file)),
                _ => Some(file),
            },
            _ => Some(file),
        }
    }

    fn edges(&self) -> BTreeMap<usize, BTreeSet<usize>> {
        let mut edges: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for (i, f) in self.files.iter().enumerate() {
            let written = uses(&f.code)
                .into_iter()
                .filter(|(re, _)| !re)
                .map(|(_, p)| p)
                .chain(inline_paths(&f.code));
            for p in written {
                let Some(full) = self.absolute(i, &p) else {
                    continue;
                };
                if let Some(to) = self.defining_file(&full, 0).filter(|&to| to != i) {
                    edges.entry(i).or_default().insert(to);
                }
            }
        }
        edges
    }

    fn name(&self, i: usize) -> String {
        let base = Path::new(env!("CARGO_MANIFEST_DIR"));
        self.files[i]
            .path
            .strip_prefix(base)
            .unwrap_or(&self.files[i].path)
            .display()
            .to_string()
    }
}

/// Every circle of imports, each as the files round it.
fn circles(edges: &BTreeMap<usize, BTreeSet<usize>>, n: usize) -> Vec<Vec<usize>> {
    fn visit(
        at: usize,
        edges: &BTreeMap<usize, BTreeSet<usize>>,
        state: &mut [u8],
        stack: &mut Vec<usize>,
        out: &mut Vec<Vec<usize>>,
    ) {
        state[at] = 1;
        stack.push(at);
        for &to in edges.get(&at).into_iter().flatten() {
            match state[to] {
                0 => visit(to, edges, state, stack, out),
                1 => {
                    let from = stack.iter().position(|&s| s == to).unwrap_or(0);
                    out.push(stack[from..].to_vec());
                }
                _ => {}
            }
        }
        stack.pop();
        state[at] = 2;
    }
    let mut state = vec![0_u8; n];
    let mut out = Vec::new();
    for start in 0..n {
        if state[start] == 0 {
            visit(start, edges, &mut state, &mut Vec::new(), &mut out);
        }
    }
    out
}

#[test]
fn engine_and_charts_use_no_browser_crate() {
    let mut offenders = Vec::new();
    for root in ["engine", "charts"] {
        for f in load(root) {
            for name in BROWSER_CRATES {
                let used = f.code.match_indices(name).any(|(i, _)| {
                    let before = f.code[..i].chars().last();
                    let after = f.code[i + name.len()..].chars().next();
                    let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                    !ident(before) && !ident(after) && before != Some('"')
                });
                if used {
                    offenders.push(format!("{} uses {name}", f.path.display()));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "the engine and the charts must stay pure Rust:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn engine_files_import_in_one_direction() {
    let tree = Tree::new(load("engine"));
    let edges = tree.edges();
    assert!(
        edges.values().map(BTreeSet::len).sum::<usize>() > 50,
        "the import scan found almost nothing: it no longer reads the code"
    );
    let found: Vec<String> = circles(&edges, tree.files.len())
        .iter()
        .map(|c| c.iter().map(|&i| tree.name(i)).collect::<Vec<_>>().join(" -> "))
        .collect();
    assert!(
        found.is_empty(),
        "import circles among engine files:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_engine_has_at_most_ten_top_level_entries() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine");
    let entries: BTreeSet<String> = fs::read_dir(&dir)
        .expect("src/engine")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.file_name().is_some_and(|n| n != "mod.rs" && n != "Cargo.toml"))
        .map(|p| {
            p.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect();
    assert!(
        entries.len() <= 10,
        "src/engine has {} entries: {entries:?}",
        entries.len()
    );
}

#[test]
fn both_crate_roots_are_read_as_the_engine_root() {
    let files = load("engine");
    let roots: Vec<&SourceFile> = files.iter().filter(|f| f.module == ["engine"]).collect();
    assert_eq!(roots.len(), 1, "one root module");
    for defined_there in ["fn evaluate_layered", "fn evaluate_with"] {
        assert!(
            roots[0].code.contains(defined_there),
            "the root reads {defined_there}"
        );
    }
}

#[test]
fn the_scan_sees_a_circle_when_there_is_one() {
    // Two files importing each other, and a facade re-exporting one of them: the facade is
    // followed through, the real circle is found.
    let files = vec![
        SourceFile {
            path: "engine/mod.rs".into(),
            module: vec!["engine".into()],
            code: "pub mod a;\npub mod b;\npub use a::Thing;\n".into(),
        },
        SourceFile {
            path: "engine/a.rs".into(),
            module: vec!["engine".into(), "a".into()],
            code: "use crate::b::Other;\npub struct Thing;\n".into(),
        },
        SourceFile {
            path: "engine/b.rs".into(),
            module: vec!["engine".into(), "b".into()],
            code: "use crate::Thing;\npub struct Other;\n".into(),
        },
    ];
    let tree = Tree::new(files);
    let found = circles(&tree.edges(), 3);
    assert_eq!(found, vec![vec![1, 2]]);
}
