//! CPython's `random` module core: MT19937 with `init_by_array` seeding and
//! the `_randbelow` / `random()` derivations, so a seeded program draws the
//! same numbers as CPython.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

const N: usize = 624;
const M: usize = 397;

/// The Mersenne Twister state.
///
/// Invariant: `index <= N`; `state` is a valid MT19937 state.
#[derive(Debug, Clone)]
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl Default for Mt19937 {
    /// The generator before any `random.seed()`: seeded with 5489, as
    /// looplab's runs are deterministic.
    fn default() -> Mt19937 {
        Mt19937::from_seed_u32(5489)
    }
}

impl Mt19937 {
    /// `init_genrand(s)`.
    pub fn from_seed_u32(s: u32) -> Mt19937 {
        let mut state = [0u32; N];
        state[0] = s;
        for i in 1..N {
            state[i] = 1812433253u32
                .wrapping_mul(state[i - 1] ^ (state[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        Mt19937 { state, index: N }
    }

    /// `init_by_array(key)`.
    pub fn from_key(key: &[u32]) -> Mt19937 {
        let mut mt = Mt19937::from_seed_u32(19650218);
        let st = &mut mt.state;
        let (mut i, mut j) = (1usize, 0usize);
        let klen = key.len().max(1);
        for _ in 0..N.max(klen) {
            st[i] = (st[i] ^ (st[i - 1] ^ (st[i - 1] >> 30)).wrapping_mul(1664525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                st[0] = st[N - 1];
                i = 1;
            }
            if j >= klen {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            st[i] = (st[i] ^ (st[i - 1] ^ (st[i - 1] >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                st[0] = st[N - 1];
                i = 1;
            }
        }
        st[0] = 0x8000_0000;
        mt.index = N;
        mt
    }

    /// `random.seed(n)` for an int: the absolute value's 32-bit chunks, least
    /// significant first.
    pub fn from_int(n: &BigInt) -> Mt19937 {
        let mut a = n.abs();
        let mut key = Vec::new();
        let mask = BigInt::from(0xffff_ffffu32);
        while !a.is_zero() {
            key.push((&a & &mask).to_u32().unwrap_or(0));
            a >>= 32;
        }
        if key.is_empty() {
            key.push(0);
        }
        Mt19937::from_key(&key)
    }

    /// `genrand_uint32()`.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            for k in 0..N {
                let y = (self.state[k] & 0x8000_0000) | (self.state[(k + 1) % N] & 0x7fff_ffff);
                let mut v = self.state[(k + M) % N] ^ (y >> 1);
                if y & 1 != 0 {
                    v ^= 0x9908_b0df;
                }
                self.state[k] = v;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random.random()`.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) / 9007199254740992.0
    }

    /// `random.getrandbits(k)`.
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k == 0 {
            return BigInt::zero();
        }
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let mut result = BigInt::zero();
        let mut remaining = k;
        let mut shift = 0u64;
        while remaining > 0 {
            let mut r = self.next_u32();
            if remaining < 32 {
                r >>= 32 - remaining;
            }
            result |= BigInt::from(r) << shift;
            shift += 32;
            remaining = remaining.saturating_sub(32);
        }
        result
    }

    /// `random._randbelow(n)` (n > 0).
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if n.is_zero() || n.is_negative() {
            return BigInt::zero();
        }
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_42_gives_cpythons_first_random() {
        let mut mt = Mt19937::from_int(&BigInt::from(42));
        assert_eq!(mt.random(), 0.6394267984578837);
    }
}
