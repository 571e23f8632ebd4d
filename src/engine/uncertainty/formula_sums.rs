//! Merged formulas grouped by the month-0 amount they add to, each group in shape order. A
//! sample sums a group in a register and stores the sum once: the same additions in the same
//! order as adding each formula to the amount in turn, without each addition waiting on the
//! store of the one before.

/// One merged formula: which shape, the amount it adds to (`cell`, an index into a strategy x
/// scaling table of amounts) and its quantities.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Term {
    pub shape: usize,
    pub cell: usize,
    pub q: [f64; 2],
}

#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct FormulaSums {
    /// Sorted by cell, then shape.
    terms: Vec<Term>,
    /// Each cell with formulas, and where its formulas end in `terms`.
    groups: Vec<(usize, usize)>,
}

impl FormulaSums {
    pub fn new(mut terms: Vec<Term>) -> FormulaSums {
        terms.sort_by_key(|t| (t.cell, t.shape));
        let mut groups: Vec<(usize, usize)> = Vec::new();
        for (i, t) in terms.iter().enumerate() {
            match groups.last_mut() {
                Some((cell, end)) if *cell == t.cell => *end = i + 1,
                _ => groups.push((t.cell, i + 1)),
            }
        }
        FormulaSums { terms, groups }
    }

    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Adds to each cell of `amounts` its formulas priced at `rates` (indexed by shape).
    #[inline]
    pub fn add_to(&self, rates: &[[f64; 2]], amounts: &mut [f64]) {
        let mut start = 0;
        for &(cell, end) in &self.groups {
            let Some(to) = amounts.get_mut(cell) else {
                continue;
            };
            let mut sum = *to;
            for t in self.terms.get(start..end).unwrap_or_default() {
                debug_assert!(t.shape < rates.len());
                if let Some([a, b]) = rates.get(t.shape) {
                    sum += t.q[0] * a + t.q[1] * b;
                }
            }
            *to = sum;
            start = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_cell_sums_its_formulas_in_shape_order() {
        let term = |shape, cell, q0: f64| Term {
            shape,
            cell,
            q: [q0, 1.0],
        };
        let sums = FormulaSums::new(vec![
            term(2, 1, 1.0),
            term(0, 3, 2.0),
            term(1, 1, 3.0),
            term(0, 1, 4.0),
        ]);
        assert_eq!(sums.len(), 4);
        let rates = [[10.0, 0.5], [100.0, 0.25], [1000.0, 0.0]];
        let mut amounts = [0.0, 7.0, 0.0, 1.0];
        sums.add_to(&rates, &mut amounts);
        // Cell 1: 7 + (4 x 10 + 0.5) + (3 x 100 + 0.25) + (1 x 1000 + 0); cell 3: 1 + 2 x 10 + 0.5.
        assert_eq!(amounts, [0.0, 1347.75, 0.0, 21.5]);
        // Shape order within a cell: the formulas of shapes 0, 1, 2, whatever order they came in.
        assert_eq!(
            sums.terms.iter().map(|t| (t.cell, t.shape)).collect::<Vec<_>>(),
            [(1, 0), (1, 1), (1, 2), (3, 0)]
        );
    }

    #[test]
    fn the_sum_is_the_same_number_as_adding_one_formula_at_a_time() {
        let terms: Vec<Term> = (0..40)
            .map(|i| Term {
                shape: i % 7,
                cell: (i * 13) % 5,
                q: [0.1 * i as f64, 1.0 / (i + 1) as f64],
            })
            .collect();
        let rates: Vec<[f64; 2]> = (0..7)
            .map(|s| [1.0 / (s + 3) as f64, 1e6 / (s + 1) as f64])
            .collect();
        let mut one_at_a_time = [0.0; 5];
        let mut by_shape = terms.clone();
        by_shape.sort_by_key(|t| t.shape);
        for t in &by_shape {
            one_at_a_time[t.cell] += t.q[0] * rates[t.shape][0] + t.q[1] * rates[t.shape][1];
        }
        let mut grouped = [0.0; 5];
        FormulaSums::new(terms).add_to(&rates, &mut grouped);
        assert_eq!(grouped.map(f64::to_bits), one_at_a_time.map(f64::to_bits));
    }
}
