-- The classic trap: guest orders put a NULL into the subquery, and "id NOT IN (..., NULL)"
-- is never true (it is NULL), so no customer at all is listed once a guest has ordered.
SELECT customer_id, name
FROM customers
WHERE customer_id NOT IN (SELECT customer_id FROM orders);
