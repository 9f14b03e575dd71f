{{c_note}}{{returns_c}} {{function}}({{params_c}}) {

}
