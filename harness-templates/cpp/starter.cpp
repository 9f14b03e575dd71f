class Solution {
public:
    {{returns_cpp}} {{function}}({{params_cpp}}) {

    }
};
