fn main() {
    let mut n: u64 = 0;
    loop {
        n = n.wrapping_mul(6364136223846793005).wrapping_add(1);
        if n == 42 {
            println!("{}", n);
        }
    }
}
