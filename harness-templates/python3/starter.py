class Solution:
    def {{function}}(self{{params_python}}){{returns_python}}:
        pass
