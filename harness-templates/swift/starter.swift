{{swift_note}}class Solution {
    func {{function}}({{params_swift}}){{returns_swift}} {

    }
}
