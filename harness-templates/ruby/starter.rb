{{params_rubydoc}}# @return {{{returns_rubydoc}}}
def {{function_snake}}({{params_plain}})

end
