-- mapping.sql of FILES/WF:wf_files/ST:s_orders_session_sql: the mapping m_orders_override as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: ORDERS as `ORDERS__read` (for SQ_ORDERS).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_ORDERS (Source Qualifier): reads ORDERS through the SQL override
CREATE OR REPLACE TEMPORARY VIEW `SQ_ORDERS` AS
  SELECT
    `ORDER_ID` AS `SQ_ORDERS.ORDER_ID`,
    `STATUS` AS `SQ_ORDERS.STATUS`
  FROM `ORDERS__read`;

-- step 2: ORDERS_COPY (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__ORDERS_COPY` AS
  SELECT
    `SQ_ORDERS.ORDER_ID` AS `ORDER_ID`,
    `SQ_ORDERS.STATUS` AS `STATUS`
  FROM `SQ_ORDERS`;
