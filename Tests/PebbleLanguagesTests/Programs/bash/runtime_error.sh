read -r name
echo $(( 1 / 0 ))
