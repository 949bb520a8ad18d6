//! The timer heap pops in exactly Python heapq's order (equal deadlines are not FIFO).
mod common;

use looplab::engine::heap::TimerHeap;

fn lcg(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    *seed >> 33
}

#[test]
fn equal_deadlines_follow_heapq_not_fifo() {
    let mut seed = 7u64;
    let mut ops: Vec<(bool, u64)> = Vec::new();
    for _ in 0..2000 {
        let push = !lcg(&mut seed).is_multiple_of(3);
        ops.push((push, lcg(&mut seed) % 5));
    }
    let prog = format!(
        "import heapq\nclass H:\n  def __init__(s,w,i): s.w=w; s.i=i\n  def __lt__(s,o): return s.w<o.w\nh=[];out=[];n=0\nfor push,w in {:?}:\n  if push:\n    heapq.heappush(h,H(float(w),n)); n+=1\n  elif h:\n    out.append(heapq.heappop(h).i)\nwhile h: out.append(heapq.heappop(h).i)\nprint(' '.join(map(str,out)))\n",
        ops.iter().map(|(p, w)| (if *p { 1 } else { 0 }, *w)).collect::<Vec<_>>()
    );
    let out = common::process::output(std::process::Command::new("python3").arg("-c").arg(&prog), "python3 heapq");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let expected: Vec<u32> = String::from_utf8_lossy(&out.stdout).split_whitespace().map(|s| s.parse().unwrap()).collect();
    let mut h = TimerHeap::new();
    let mut got = Vec::new();
    let mut n = 0u32;
    for (push, w) in ops {
        if push {
            h.push(w as f64, n);
            n += 1;
        } else if let Some((_, i)) = h.pop() {
            got.push(i);
        }
    }
    while let Some((_, i)) = h.pop() {
        got.push(i);
    }
    assert_eq!(got, expected);
}

#[test]
fn heapify_matches_heapq() {
    let ws = [3.0, 1.0, 1.0, 2.0, 1.0, 0.0, 2.0, 1.0, 3.0, 0.0, 1.0];
    let prog = format!(
        "import heapq\nclass H:\n  def __init__(s,w,i): s.w=w; s.i=i\n  def __lt__(s,o): return s.w<o.w\nh=[H(w,i) for i,w in enumerate({ws:?})]\nheapq.heapify(h)\nout=[]\nwhile h: out.append(heapq.heappop(h).i)\nprint(' '.join(map(str,out)))\n"
    );
    let out = common::process::output(std::process::Command::new("python3").arg("-c").arg(&prog), "python3 heapq");
    let expected: Vec<usize> = String::from_utf8_lossy(&out.stdout).split_whitespace().map(|s| s.parse().unwrap()).collect();
    let mut h = TimerHeap { items: ws.iter().copied().enumerate().map(|(i, w)| (w, i)).collect() };
    h.heapify();
    let mut got = Vec::new();
    while let Some((_, i)) = h.pop() {
        got.push(i);
    }
    assert_eq!(got, expected);
}
