use leptos::prelude::*;

/// A column title and whether its figures are right-aligned numbers.
pub type Column = (String, bool);

pub fn col(title: &str) -> Column {
    (title.to_owned(), false)
}

pub fn num(title: &str) -> Column {
    (title.to_owned(), true)
}

/// A table of the record as text: its columns, then its rows, each led by its header cell.
pub struct Table {
    pub head: Vec<Column>,
    pub rows: Vec<Vec<String>>,
}

/// A table, or a sentence when there is nothing to show.
pub fn table_or(table: Option<Table>, empty: &'static str, testid: &'static str) -> AnyView {
    match table {
        Some(table) => view! { <RecordTable table testid /> }.into_any(),
        None => view! { <p>{empty}</p> }.into_any(),
    }
}

/// One table of the record; the first cell of each row is the row's header.
#[component]
pub fn RecordTable(table: Table, #[prop(optional)] testid: &'static str) -> impl IntoView {
    let Table { head, rows } = table;
    let numeric: Vec<bool> = head.iter().map(|(_, n)| *n).collect();
    view! {
        <table class="record-table" data-testid=(!testid.is_empty()).then_some(testid)>
            <thead>
                <tr>
                    {head.into_iter().map(|(title, n)| view! { <th scope="col" class:num=n>{title}</th> }).collect_view()}
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|row| {
                    let numeric = numeric.clone();
                    view! {
                        <tr>
                            {row.into_iter().enumerate().map(|(i, cell)| {
                                let n = numeric.get(i).copied().unwrap_or(false);
                                if i == 0 {
                                    view! { <th scope="row">{cell}</th> }.into_any()
                                } else {
                                    view! { <td class:num=n>{cell}</td> }.into_any()
                                }
                            }).collect_view()}
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
