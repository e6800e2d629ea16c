-- router_default_null: the mapping m_router_default_null as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: ORDERS as `ORDERS__read` (for SQ_ORDERS).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_ORDERS (Source Qualifier): reads ORDERS
CREATE OR REPLACE TEMPORARY VIEW `SQ_ORDERS` AS
  SELECT
    `ID` AS `SQ_ORDERS.ID`,
    `AMOUNT` AS `SQ_ORDERS.AMOUNT`,
    `REGION` AS `SQ_ORDERS.REGION`
  FROM `ORDERS__read`;

-- step 2: RTR_ORDERS (Router): group BIG: the rows where AMOUNT > 100
CREATE OR REPLACE TEMPORARY VIEW `RTR_ORDERS__BIG` AS
  SELECT
    `SQ_ORDERS.ID` AS `RTR_ORDERS.ID1`,
    `SQ_ORDERS.AMOUNT` AS `RTR_ORDERS.AMOUNT1`,
    `SQ_ORDERS.REGION` AS `RTR_ORDERS.REGION1`
  FROM `SQ_ORDERS`
  WHERE `SQ_ORDERS.AMOUNT` > 100;

-- step 3: RTR_ORDERS (Router): group EAST: the rows where REGION = 'EAST'
CREATE OR REPLACE TEMPORARY VIEW `RTR_ORDERS__EAST` AS
  SELECT
    `SQ_ORDERS.ID` AS `RTR_ORDERS.ID2`,
    `SQ_ORDERS.AMOUNT` AS `RTR_ORDERS.AMOUNT2`,
    `SQ_ORDERS.REGION` AS `RTR_ORDERS.REGION2`
  FROM `SQ_ORDERS`
  WHERE `SQ_ORDERS.REGION` = 'EAST';

-- step 4: RTR_ORDERS (Router): group DEFAULT1: the rows no other group takes
CREATE OR REPLACE TEMPORARY VIEW `RTR_ORDERS__DEFAULT1` AS
  SELECT
    `SQ_ORDERS.ID` AS `RTR_ORDERS.ID3`,
    `SQ_ORDERS.AMOUNT` AS `RTR_ORDERS.AMOUNT3`,
    `SQ_ORDERS.REGION` AS `RTR_ORDERS.REGION3`
  FROM `SQ_ORDERS`
  WHERE (NOT coalesce(`SQ_ORDERS.AMOUNT` > 100, FALSE)) AND (NOT coalesce(`SQ_ORDERS.REGION` = 'EAST', FALSE));

-- step 5: T_BIG (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__T_BIG` AS
  SELECT
    `RTR_ORDERS.ID1` AS `ID`,
    `RTR_ORDERS.AMOUNT1` AS `AMOUNT`,
    `RTR_ORDERS.REGION1` AS `REGION`
  FROM `RTR_ORDERS__BIG`;

-- step 6: T_EAST (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__T_EAST` AS
  SELECT
    `RTR_ORDERS.ID2` AS `ID`,
    `RTR_ORDERS.AMOUNT2` AS `AMOUNT`,
    `RTR_ORDERS.REGION2` AS `REGION`
  FROM `RTR_ORDERS__EAST`;

-- step 7: T_OTHER (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__T_OTHER` AS
  SELECT
    `RTR_ORDERS.ID3` AS `ID`,
    `RTR_ORDERS.AMOUNT3` AS `AMOUNT`,
    `RTR_ORDERS.REGION3` AS `REGION`
  FROM `RTR_ORDERS__DEFAULT1`;
