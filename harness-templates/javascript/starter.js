/**
{{params_jsdoc}} * @return {{{returns_jsdoc}}}
 */
var {{function}} = function({{params_plain}}) {

};
