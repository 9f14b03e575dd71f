-- Correct, but joins on IFNULL(o.customer_id, -1): no index (not even an automatic one) can
-- serve the expression, so the join compares every customer with every order.
SELECT c.customer_id, c.name
FROM customers AS c
LEFT JOIN orders AS o ON IFNULL(o.customer_id, -1) = c.customer_id
WHERE o.order_id IS NULL;
