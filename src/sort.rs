//! One stable sort for the whole crate.
//!
//! `slice::sort_by` is generic over the element and the comparator, so every
//! call site with its own closure compiles its own copy of the standard
//! library's sort (about 4 KB of wasm each: thirteen copies were 52 KB of the
//! page). Here the sort itself runs once, on indices, through a `dyn`
//! comparator; only the small step that moves the elements into their order
//! is generic. The price, an indirect call per comparison and one vector of
//! indices, is nothing beside what the sorted things cost to make.

use std::cmp::Ordering;

/// Sorts `items` stably by `cmp`, like `items.sort_by(cmp)`.
pub fn sort_by<T>(items: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = {
        let items = &*items;
        sorted_indices(items.len(), &mut |a, b| cmp(&items[a], &items[b]))
    };
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&i| slots[i as usize].take()));
}

/// Sorts `items` stably by the key `key` gives, like `items.sort_by_key(key)`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably in their natural order, like `items.sort()`.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// The indices `0..n` in the stable order `cmp` gives them: the one place
/// the standard library's sort is instantiated.
#[inline(never)]
fn sorted_indices(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<u32> {
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by(|&a, &b| cmp(a as usize, b as usize));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut items, |item| item.0);
        assert_eq!(items, vec![(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn sorts_like_the_standard_library_on_many_orders() {
        let mut seed = 12345u64;
        for len in [0, 1, 2, 3, 20, 21, 500] {
            let mut items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 60) as u8, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by(|a, b| a.0.cmp(&b.0));
            sort_by(&mut items, |a, b| a.0.cmp(&b.0));
            assert_eq!(items, expected, "length {len}");
        }
    }

    #[test]
    fn a_comparator_that_mutates_state_runs_once_per_comparison() {
        let mut items = vec![3, 1, 2];
        let mut calls = 0;
        sort_by(&mut items, |a, b| {
            calls += 1;
            a.cmp(b)
        });
        assert_eq!(items, vec![1, 2, 3]);
        assert!(calls >= 2);
    }

    #[test]
    fn natural_order_of_strings() {
        let mut names = vec!["b".to_string(), "a".to_string(), "c".to_string()];
        sort(&mut names);
        assert_eq!(names, ["a", "b", "c"]);
    }
}
