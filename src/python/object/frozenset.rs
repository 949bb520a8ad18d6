//! frozenset in the value model: a hash that does not depend on the order
//! the members were added in, so equal frozensets hash alike.

use std::hash::{Hash, Hasher};

use indexmap::IndexSet;

use super::value::Key;

/// Feeds `state` a hash of the members that is the same for every order.
pub fn hash_frozenset<H: Hasher>(items: &IndexSet<Key>, state: &mut H) {
    let mut combined: u64 = 0;
    for k in items {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        k.hash(&mut h);
        combined = combined.wrapping_add(h.finish());
    }
    items.len().hash(state);
    combined.hash(state);
}
