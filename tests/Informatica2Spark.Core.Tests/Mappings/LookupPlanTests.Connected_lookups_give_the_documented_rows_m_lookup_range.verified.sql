-- SQ_ORDERS (Source Qualifier): translated
-- LKP_CUST (Lookup Procedure): translated
-- lookup read LKP_CUST__lookup: Relational CUSTOMERS override=False filter= connection=$Source columns=CUST_ID,NAME,SEQ
-- test: the mapping m_lookup_range as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: ORDERS as `ORDERS__read` (for SQ_ORDERS).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_ORDERS (Source Qualifier): reads ORDERS
CREATE OR REPLACE TEMPORARY VIEW `SQ_ORDERS` AS
  SELECT
    `ORDER_ID` AS `SQ_ORDERS.ORDER_ID`,
    `CUST_ID` AS `SQ_ORDERS.CUST_ID`,
    `MAX_SEQ` AS `SQ_ORDERS.MAX_SEQ`
  FROM `ORDERS__read`;

-- step 2: LKP_CUST (Lookup Procedure): the distinct values LKP_CUST is looked up with
CREATE OR REPLACE TEMPORARY VIEW `LKP_CUST__keys` AS
  SELECT DISTINCT
    `SQ_ORDERS.CUST_ID` AS `LKP_CUST.__key_IN_CUST_ID`,
    `SQ_ORDERS.MAX_SEQ` AS `LKP_CUST.__key_IN_MAX_SEQ`
  FROM `SQ_ORDERS`;

-- step 3: LKP_CUST (Lookup Procedure): the rows of LKP_CUST that match each value
CREATE OR REPLACE TEMPORARY VIEW `LKP_CUST__matches` AS
  SELECT
    `k`.*,
    `l`.`NAME` AS `LKP_CUST.__value_NAME`,
    `l`.`SEQ` AS `LKP_CUST.__value_SEQ`,
    1 AS `LKP_CUST.__found`,
    row_number() OVER (PARTITION BY `k`.`LKP_CUST.__key_IN_CUST_ID`, `k`.`LKP_CUST.__key_IN_MAX_SEQ` ORDER BY `l`.`CUST_ID` DESC NULLS FIRST, `l`.`NAME` DESC NULLS FIRST, `l`.`SEQ` DESC NULLS FIRST) AS `LKP_CUST.__n`,
    count(*) OVER (PARTITION BY `k`.`LKP_CUST.__key_IN_CUST_ID`, `k`.`LKP_CUST.__key_IN_MAX_SEQ`) AS `LKP_CUST.__count`
  FROM `LKP_CUST__keys` `k`
    JOIN `LKP_CUST__lookup` `l` ON (`l`.`CUST_ID` <=> `k`.`LKP_CUST.__key_IN_CUST_ID`) AND (`l`.`SEQ` <= `k`.`LKP_CUST.__key_IN_MAX_SEQ`);

-- step 4: LKP_CUST (Lookup Procedure): one row per value: the last in the lookup ports' order (Use Last Value)
CREATE OR REPLACE TEMPORARY VIEW `LKP_CUST__match` AS
  SELECT
    *
  FROM `LKP_CUST__matches`
  WHERE `LKP_CUST.__n` = 1;

-- step 5: LKP_CUST (Lookup Procedure): looks up LKP_CUST where CUST_ID = IN_CUST_ID AND SEQ <= IN_MAX_SEQ
CREATE OR REPLACE TEMPORARY VIEW `LKP_CUST__joined` AS
  SELECT
    `s`.*,
    CASE WHEN `c`.`LKP_CUST.__found` IS NULL THEN 'NONE' ELSE `c`.`LKP_CUST.__value_NAME` END AS `LKP_CUST.NAME`,
    `c`.`LKP_CUST.__value_SEQ` AS `LKP_CUST.SEQ`
  FROM `SQ_ORDERS` `s`
    LEFT OUTER JOIN `LKP_CUST__match` `c` ON (`c`.`LKP_CUST.__key_IN_CUST_ID` <=> `s`.`SQ_ORDERS.CUST_ID`) AND (`c`.`LKP_CUST.__key_IN_MAX_SEQ` <=> `s`.`SQ_ORDERS.MAX_SEQ`);

-- step 6: T_ORDERS (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__T_ORDERS` AS
  SELECT
    `SQ_ORDERS.ORDER_ID` AS `ORDER_ID`,
    `SQ_ORDERS.CUST_ID` AS `CUST_ID`,
    `LKP_CUST.NAME` AS `NAME`,
    `LKP_CUST.SEQ` AS `SEQ`
  FROM `LKP_CUST__joined`;
