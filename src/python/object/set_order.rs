//! The order CPython iterates a set in. CPython's set is an open-addressing
//! hash table iterated slot by slot, so `{3, 1, 2}` prints `{1, 2, 3}`. For
//! sets of ints (whose hashes are deterministic) this module replays the
//! insertions into a simulated CPython 3.11 table to get the same order;
//! other sets (strings hash differently in every CPython process) keep
//! insertion order.

use indexmap::IndexSet;

use super::value::{Key, Value};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MODULUS: i128 = (1i128 << 61) - 1;

/// CPython's `hash()` of an int that fits in 64 bits.
pub fn int_hash(i: i64) -> i64 {
    let v = i as i128;
    let h = if v >= 0 { v % MODULUS } else { -((-v) % MODULUS) };
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

/// CPython's `hash(v)` where it is the same in every run: ints, bools,
/// tuples of such, and instances whose class's `__hash__` the VM ran (the
/// result is kept on the instance). `None` for the rest (strings are salted
/// per process, the default object hash is an address).
pub fn py_hash(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(int_hash(*i)),
        Value::Bool(b) => Some(*b as i64),
        Value::Big(b) => {
            use num_traits::ToPrimitive;
            let m = (&**b % num_bigint::BigInt::from(MODULUS)).to_i64()?;
            Some(if m == -1 { -2 } else { m })
        }
        Value::Float(x) => float_hash(*x),
        Value::Instance(i) => i.hash.get(),
        Value::Tuple(items) => tuple_hash(items),
        _ => None,
    }
}

/// CPython's `_Py_HashDouble`: a float equal to an int hashes as that int
/// (`hash(1.0) == hash(1)`), the others by their value modulo 2**61 - 1.
/// `None` for a NaN, whose hash is its address.
pub fn float_hash(x: f64) -> Option<i64> {
    const BITS: u32 = 61;
    const P: u64 = (1 << BITS) - 1;
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { 314_159 } else { -314_159 });
    }
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & P) | (h >> (BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= P {
            h -= P;
        }
    }
    let e = if e >= 0 { e as u32 % BITS } else { BITS - 1 - ((-1 - e) as u32 % BITS) };
    h = ((h << e) & P) | (h >> (BITS - e));
    let h = if x < 0.0 { -(h as i64) } else { h as i64 };
    Some(if h == -1 { -2 } else { h })
}

/// `x = m * 2**e` with `0.5 <= m < 1` (`m == 0` for zero), of a finite `x >= 0`.
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000));
        return (m, e - 54);
    }
    (f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)), exp - 1022)
}

/// CPython 3.11's tuple hash (xxHash's mixing of the items' hashes).
fn tuple_hash(items: &[Value]) -> Option<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for item in items {
        let lane = py_hash(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Some(1546275796);
    }
    Some(acc as i64)
}

struct Table {
    slots: Vec<Option<(i64, Value)>>,
    fill: usize,
    used: usize,
}

impl Table {
    fn new(size: usize) -> Table {
        Table { slots: vec![None; size], fill: 0, used: 0 }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    fn insert_clean(&mut self, hash: i64, value: Value) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.slots[i].is_none() {
                self.slots[i] = Some((hash, value));
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if self.slots[i + j].is_none() {
                        self.slots[i + j] = Some((hash, value));
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![None; size]);
        self.fill = self.used;
        for (hash, value) in old.into_iter().flatten() {
            self.insert_clean(hash, value);
        }
    }

    fn add(&mut self, hash: i64, value: Value) {
        self.insert_clean(hash, value);
        self.fill += 1;
        self.used += 1;
        let mask = self.mask();
        if self.fill * 5 >= mask * 3 {
            let minused = if self.used > 50_000 { self.used * 2 } else { self.used * 4 };
            self.resize(minused);
        }
    }
}

/// The set's members in the order CPython would iterate them.
pub fn iteration_order(set: &IndexSet<Key>) -> Vec<Value> {
    let hashes: Option<Vec<i64>> = set.iter().map(|k| py_hash(&k.0)).collect();
    let Some(hashes) = hashes.filter(|_| set.len() <= 1_000_000) else {
        return set.iter().map(|k| k.0.clone()).collect();
    };
    let mut table = Table::new(MIN_SIZE);
    for (k, h) in set.iter().zip(hashes) {
        table.add(h, k.0.clone());
    }
    table.slots.into_iter().flatten().map(|(_, v)| v).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(items: &[i64]) -> Vec<i64> {
        let set: IndexSet<Key> = items.iter().map(|i| Key(Value::Int(*i))).collect();
        iteration_order(&set)
            .into_iter()
            .map(|v| if let Value::Int(i) = v { i } else { 0 })
            .collect()
    }

    #[test]
    fn small_ints_come_out_in_cpythons_slot_order() {
        assert_eq!(order(&[3, 1, 2]), vec![1, 2, 3]);
        assert_eq!(order(&[9, 2, 3, 4]), vec![9, 2, 3, 4]);
        assert_eq!(order(&[100, 5, 33, -1]), vec![33, 100, 5, -1]);
    }
}
