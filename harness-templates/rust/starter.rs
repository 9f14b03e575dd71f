{{rust_note}}impl Solution {
    pub fn {{function_snake}}({{params_rust}}){{returns_rust}} {

    }
}
