//! The CSV price book. Two tables, each starting with its header row; a file may hold
//! either or both:
//!
//! ```text
//! cloud,model,input_per_1m,output_per_1m,cached_input_per_1m
//! azure,gpt-4.1,1.80,7.20,0.45
//! aws,gpt-oss-120b,0.14,0.55,
//! assumption_id,value
//! azure.egress.per-gb,0.05
//! ```
//!
//! Model prices are US dollars per 1M tokens; an empty cell keeps the default. Any other
//! assumption is set by its id (shown under each row of the assumptions table) in its
//! own unit. Lines starting with `#` are comments. Cells may be quoted. A file saved by a
//! spreadsheet with `;` between cells may use a decimal comma. Every value is checked
//! against its assumption's bounds; any bad value is reported with its row number and the
//! whole file is refused.

use std::collections::BTreeMap;

use super::{Format, IgnoredList, ImportReport, PriceBookError, Problem, Used};
use crate::assumptions::{Assumption, Assumptions, Cloud, PriceKind};
use crate::model::catalog::Model;

/// Far more rows than assumptions; anything longer is not a price book.
pub const MAX_ROWS: usize = 10_000;
pub const MODEL_HEADER: &str = "cloud,model,input_per_1m,output_per_1m,cached_input_per_1m";
pub const ID_HEADER: &str = "assumption_id,value";
pub const TEMPLATE_FILE_NAME: &str = "cloudsplit-price-book-template.csv";

#[derive(Debug, Clone, Copy)]
enum Section {
    Models {
        cloud: usize,
        model: usize,
        prices: [Option<usize>; 3],
    },
    Ids {
        id: usize,
        value: usize,
    },
}

fn normalise(cell: &str) -> String {
    cell.trim().to_lowercase().replace([' ', '-'], "_")
}

/// Reads a header row, if the cells are one.
fn header(cells: &[String], unread: &mut Vec<String>) -> Option<Section> {
    let names: Vec<String> = cells.iter().map(|c| normalise(c)).collect();
    let find = |options: &[&str]| names.iter().position(|n| options.contains(&n.as_str()));
    let section = if let (Some(cloud), Some(model)) = (find(&["cloud"]), find(&["model"])) {
        Section::Models {
            cloud,
            model,
            prices: [
                find(&["input_per_1m", "input", "input_per_1m_tokens"]),
                find(&["output_per_1m", "output", "output_per_1m_tokens"]),
                find(&[
                    "cached_input_per_1m",
                    "cached_input",
                    "cached_input_per_1m_tokens",
                ]),
            ],
        }
    } else if let (Some(id), Some(value)) = (find(&["assumption_id", "id"]), find(&["value"])) {
        Section::Ids { id, value }
    } else {
        return None;
    };
    let read: Vec<usize> = match section {
        Section::Models { cloud, model, prices } => [Some(cloud), Some(model)]
            .into_iter()
            .chain(prices)
            .flatten()
            .collect(),
        Section::Ids { id, value } => vec![id, value],
    };
    unread.extend(
        cells
            .iter()
            .enumerate()
            .filter(|(i, c)| !read.contains(i) && !c.trim().is_empty())
            .map(|(_, c)| c.trim().chars().take(40).collect()),
    );
    Some(section)
}

/// Splits one line into cells; double quotes protect delimiters, `""` is a quote.
fn split(line: &str, delimiter: char) -> Result<Vec<String>, String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    cell.push('"');
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
        } else if c == '"' && cell.trim().is_empty() {
            cell.clear();
            quoted = true;
        } else if c == delimiter {
            cells.push(std::mem::take(&mut cell));
        } else {
            cell.push(c);
        }
    }
    if quoted {
        return Err("a quoted cell is not closed".to_owned());
    }
    cells.push(cell);
    Ok(cells)
}

fn delimiter(first_line: &str) -> char {
    if first_line.contains(',') {
        ','
    } else if first_line.contains(';') {
        ';'
    } else if first_line.contains('\t') {
        '\t'
    } else {
        ','
    }
}

/// A number cell as `Assumption::parse` reads it: no currency sign; a decimal comma where
/// cells are separated by `;`.
fn number_text(cell: &str, delimiter: char) -> String {
    let t = cell.trim();
    let t = t.strip_prefix('$').unwrap_or(t).trim();
    if delimiter != ',' && t.contains(',') && !t.contains('.') {
        t.replace(',', ".")
    } else {
        t.to_owned()
    }
}

struct Reader {
    delimiter: char,
    values: BTreeMap<String, f64>,
    set_on: BTreeMap<String, usize>,
    used: Vec<Used>,
    ignored: IgnoredList,
    problems: Vec<Problem>,
}

impl Reader {
    fn set(&mut self, row: usize, a: &'static Assumption, cell: &str) {
        let value = match a.parse(&number_text(cell, self.delimiter)) {
            Ok(v) => v,
            Err(e) => {
                self.problem(row, e.to_string());
                return;
            }
        };
        if let Some(first) = self.set_on.get(&a.id) {
            let message = format!("{} ({}) is already set on row {first}", a.label, a.id);
            self.problem(row, message);
            return;
        }
        self.set_on.insert(a.id.clone(), row);
        self.values.insert(a.id.clone(), value);
        self.used.push(Used {
            id: a.id.clone(),
            value,
            from: format!("row {row}"),
        });
    }

    fn problem(&mut self, row: usize, message: String) {
        self.problems.push(Problem {
            at: format!("Row {row}"),
            message,
        });
    }

    fn model_row(
        &mut self,
        row: usize,
        cells: &[String],
        cloud: usize,
        model: usize,
        prices: [Option<usize>; 3],
    ) {
        let cell = |i: usize| cells.get(i).map_or("", |c| c.trim());
        let cloud_text = cell(cloud);
        let cloud = match cloud_text.to_lowercase().as_str() {
            "azure" => Cloud::Azure,
            "aws" => Cloud::Aws,
            "" => {
                self.problem(row, "the cloud is empty (azure or aws)".to_owned());
                return;
            }
            _ => {
                self.ignored.add("rows for clouds other than Azure and AWS", || {
                    format!("row {row}: {}", short(cloud_text))
                });
                return;
            }
        };
        let model_text = cell(model);
        let Some(model) = Model::from_key(&model_text.to_lowercase()) else {
            self.ignored.add("rows for models cloudsplit does not price", || {
                format!("row {row}: {}", short(model_text))
            });
            return;
        };
        for (kind, column) in PriceKind::ALL.into_iter().zip(prices) {
            let Some(text) = column.map(cell).filter(|t| !t.is_empty()) else {
                continue;
            };
            match Assumptions::price_id(cloud, model, kind).and_then(Assumptions::find) {
                Some(a) => self.set(row, a, text),
                None => self.ignored.add(not_listed_reason(cloud, kind), || {
                    format!("row {row}: {} {} {}", cloud.label(), model.key(), kind.label())
                }),
            }
        }
    }

    fn id_row(&mut self, row: usize, cells: &[String], id: usize, value: usize) {
        let cell = |i: usize| cells.get(i).map_or("", |c| c.trim());
        let id_text = cell(id);
        if id_text.is_empty() {
            self.problem(row, "the assumption id is empty".to_owned());
            return;
        }
        let Some(a) = Assumptions::find(id_text) else {
            self.ignored
                .add("rows with an assumption id cloudsplit does not know", || {
                    format!("row {row}: {}", short(id_text))
                });
            return;
        };
        let text = cell(value);
        if text.is_empty() {
            self.problem(row, format!("{} ({}) has no value", a.label, a.id));
            return;
        }
        self.set(row, a, text);
    }
}

/// Why a listed (cloud, model) has no assumption for a price kind.
pub(crate) fn not_listed_reason(cloud: Cloud, kind: PriceKind) -> &'static str {
    match (cloud, kind) {
        (_, PriceKind::CachedInput) => "cached-input prices for models billed at the input price",
        (Cloud::Aws, _) => {
            "AWS prices of GPT models that cloudsplit derives from Azure's (set the Bedrock price ratio, \
             aws.price.openai-ratio, instead)"
        }
        (Cloud::Azure, _) => "prices cloudsplit does not list",
    }
}

fn short(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

pub(crate) fn read(text: &str) -> Result<(BTreeMap<String, f64>, ImportReport), PriceBookError> {
    if text.lines().count() > MAX_ROWS {
        return Err(PriceBookError::NotCsvPriceBook(format!(
            "it has more than {MAX_ROWS} rows"
        )));
    }
    let is_data = |l: &&str| !l.trim().is_empty() && !l.trim_start().starts_with('#');
    let first = text.lines().find(is_data).unwrap_or_default();
    let mut reader = Reader {
        delimiter: delimiter(first),
        values: BTreeMap::new(),
        set_on: BTreeMap::new(),
        used: Vec::new(),
        ignored: IgnoredList::default(),
        problems: Vec::new(),
    };
    let mut section: Option<Section> = None;
    let mut unread_columns = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let row = i + 1;
        if !is_data(&line) {
            continue;
        }
        let cells = match split(line, reader.delimiter) {
            Ok(cells) => cells,
            Err(why) => {
                reader.problem(row, why);
                continue;
            }
        };
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if let Some(s) = header(&cells, &mut unread_columns) {
            section = Some(s);
            continue;
        }
        match section {
            None => {
                return Err(PriceBookError::NotCsvPriceBook(format!(
                    "row {row} comes before a header row; start the table with \"{MODEL_HEADER}\" or \
                     \"{ID_HEADER}\""
                )))
            }
            Some(Section::Models { cloud, model, prices }) => {
                reader.model_row(row, &cells, cloud, model, prices)
            }
            Some(Section::Ids { id, value }) => reader.id_row(row, &cells, id, value),
        }
    }
    if section.is_none() {
        return Err(PriceBookError::NotCsvPriceBook(format!(
            "it has no header row (\"{MODEL_HEADER}\" or \"{ID_HEADER}\")"
        )));
    }
    if !reader.problems.is_empty() {
        return Err(PriceBookError::BadValues(reader.problems));
    }
    for column in unread_columns {
        reader
            .ignored
            .add("columns cloudsplit does not read", || format!("\"{column}\""));
    }
    Ok((
        reader.values,
        ImportReport {
            format: Format::Csv,
            used: reader.used,
            ignored: reader.ignored.into_vec(),
        },
    ))
}

/// A template to fill in: every listed model price with today's default, and the second
/// table with a commented example.
pub fn template() -> String {
    let mut out = String::from(
        "# cloudsplit private price book (CSV).\n\
         # Model prices are US dollars per 1M tokens. Change the numbers to your negotiated prices and\n\
         # delete the rows you do not want to set; an empty cell keeps cloudsplit's default.\n\
         # The price book stays in your browser: it is never put into share links or exported files.\n",
    );
    out.push_str(MODEL_HEADER);
    out.push('\n');
    for cloud in Cloud::ALL {
        for model in Model::ALL {
            let cells: Vec<Option<f64>> = PriceKind::ALL
                .into_iter()
                .map(|k| {
                    Assumptions::price_id(cloud, model, k)
                        .and_then(Assumptions::find)
                        .map(|a| a.default)
                })
                .collect();
            if cells.iter().all(Option::is_none) {
                continue;
            }
            let shown: Vec<String> = cells
                .into_iter()
                .map(|c| c.map(|v| v.to_string()).unwrap_or_default())
                .collect();
            out.push_str(&format!("{},{},{}\n", cloud.key(), model.key(), shown.join(",")));
        }
    }
    out.push_str("# Any other assumption, by the id shown in the assumptions table, in its own unit:\n");
    out.push_str(ID_HEADER);
    out.push('\n');
    out.push_str("# azure.egress.per-gb,0.08\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_cells_keep_their_delimiters() {
        assert_eq!(
            split(r#"azure,"gpt-4o","1,000.5","say ""hi""""#, ','),
            Ok(vec![
                "azure".into(),
                "gpt-4o".into(),
                "1,000.5".into(),
                "say \"hi\"".into()
            ])
        );
        assert!(split(r#"azure,"gpt-4o"#, ',').is_err());
    }

    #[test]
    fn semicolon_files_may_use_a_decimal_comma() {
        assert_eq!(number_text(" 2,10 ", ';'), "2.10");
        assert_eq!(number_text("$1,000.5", ','), "1,000.5");
    }
}
