//! Go's labels: `break Label` and `continue Label` out of nested loops, and
//! the `break` inside a `switch` or `select` that leaves only the switch.
//!
//! A Rust label is written `'name:` before a `loop`, `while`, `for` or
//! block, and `break 'name` or `continue 'name` names it. A `match` is not
//! something `break` leaves, so a `break` inside a `match` leaves the
//! loop around it: Go's pitfall is not there to fall into.

/// Counts the `"add"` commands before the first `"quit"`. The `break` in
/// the match arm leaves the `for` loop; Go's `break` in a `switch` case
/// would leave only the switch, and count the adds after the quit too.
///
/// ```
/// use control_flow::labels::adds_before_quit;
/// assert_eq!(adds_before_quit(&["add", "add", "quit", "add"]), 2);
/// ```
// ANCHOR: until_quit
pub fn adds_before_quit(commands: &[&str]) -> usize {
    let mut adds = 0;
    for command in commands {
        match *command {
            "quit" => break, // leaves the loop: a match is not a loop
            "add" => adds += 1,
            _ => {}
        }
    }
    adds
}
// ANCHOR_END: until_quit

/// Where `target` first is in `grid`, row by row: `Some((row, column))`,
/// or `None`. A labelled block is left with a value by `break 'found`,
/// from inside both loops; falling off its end gives its last expression.
///
/// ```
/// use control_flow::labels::find;
/// let grid = [vec![1, 2, 3], vec![4, -5, 6]];
/// assert_eq!(find(&grid, 6), Some((1, 2)));
/// assert_eq!(find(&grid, 7), None);
/// ```
// ANCHOR: find
pub fn find(grid: &[Vec<i32>], target: i32) -> Option<(usize, usize)> {
    'found: {
        for (r, row) in grid.iter().enumerate() {
            for (c, &value) in row.iter().enumerate() {
                if value == target {
                    break 'found Some((r, c));
                }
            }
        }
        None
    }
}
// ANCHOR_END: find

// ANCHOR: find_iter
/// The same search with iterators: `find_map` stops at the first `Some`,
/// which is what the labelled `break` did.
pub fn find_with_iterators(grid: &[Vec<i32>], target: i32) -> Option<(usize, usize)> {
    grid.iter().enumerate().find_map(|(r, row)| {
        let c = row.iter().position(|&value| value == target)?;
        Some((r, c))
    })
}
// ANCHOR_END: find_iter

/// The indices of the rows with no negative number in them. `continue
/// 'rows` gives up on a row at its first negative number and goes on with
/// the next row: Go's `continue Rows`.
///
/// ```
/// use control_flow::labels::rows_without_negatives;
/// let grid = [vec![1, 2], vec![3, -4], vec![5, 6]];
/// assert_eq!(rows_without_negatives(&grid), [0, 2]);
/// ```
// ANCHOR: rows
pub fn rows_without_negatives(grid: &[Vec<i32>]) -> Vec<usize> {
    let mut rows = Vec::new();
    'rows: for (r, row) in grid.iter().enumerate() {
        for &value in row {
            if value < 0 {
                continue 'rows;
            }
        }
        rows.push(r);
    }
    rows
}
// ANCHOR_END: rows
