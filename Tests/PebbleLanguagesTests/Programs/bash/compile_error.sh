read -r name
if then fi
