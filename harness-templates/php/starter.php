<?php

class Solution {

    /**
{{params_phpdoc}}     * @return {{returns_phpdoc}}
     */
    function {{function}}({{params_php}}) {

    }
}
