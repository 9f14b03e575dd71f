function {{function}}({{params_ts}}): {{returns_ts}} {

};
