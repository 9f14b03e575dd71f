{{go_note}}func {{function}}({{params_go}}){{returns_go}} {

}
