class Solution {
    public {{returns_java}} {{function}}({{params_java}}) {

    }
}
