fn main() {
    println!("roadmap");
}
