-- 0002: catalog v1 (DOMAIN.md "Catalog v1"). The Region amends the catalog
-- with a new migration, never by editing this one. Choices marked assumption
-- in DOMAIN.md live here as data.

INSERT INTO catalog_type (code, label, reference, acts_for_employers, register_required, position) VALUES
 ('DATORE_PRIVATO', 'Datore di lavoro privato', '–', 0, 0, 1),
 ('DATORE_PUBBLICO', 'Datore di lavoro pubblico', '–', 0, 0, 2),
 ('AGENZIA_SOMMINISTRAZIONE', 'Agenzia di somministrazione', 'D.Lgs 276/2003 art. 4 c. 1', 0, 1, 3),
 ('PROMOTORE_TIROCINIO', 'Promotore di tirocinio', 'L. 196/97 art. 18; LR 17/2005 capo IV', 1, 1, 4),
 ('AGENZIA_INTERMEDIAZIONE', 'Soggetto autorizzato all''intermediazione (Agenzia per il lavoro)', 'D.Lgs 276/2003 art. 4 c. 1 lett. c; art. 2 c. 1 lett. b', 1, 1, 5),
 ('CONSULENTE_LAVORO', 'Consulenti del lavoro', 'L. 12/1979 art. 2 c. 1', 1, 1, 6),
 ('AVVOCATO', 'Avvocati e procuratori legali', 'L. 12/1979 art. 2 c. 1', 1, 1, 7),
 ('DOTTORE_COMMERCIALISTA', 'Dottori commercialisti', 'L. 12/1979 art. 2 c. 1', 1, 1, 8),
 ('RAGIONIERE', 'Ragionieri', 'L. 12/1979 art. 2 c. 1', 1, 1, 9),
 ('PERITO_COMMERCIALE', 'Periti commerciali', 'L. 12/1979 art. 2 c. 1', 1, 1, 10),
 ('ASSOCIAZIONE_CATEGORIA', 'Associazioni di categoria', 'D.Lgs 181/2000 art. 4bis c. 8', 1, 1, 11),
 ('ASSOCIAZIONE_DATORI_AGRICOLI', 'Associazioni di categoria dei datori di lavoro agricoli', 'D.Lgs 181/2000 art. 4bis c. 8', 1, 1, 12),
 ('CONSORZIO_GRUPPO_IMPRESE', 'Consorzi e gruppi di imprese', 'D.Lgs 276/2003 art. 31', 1, 1, 13),
 ('PERITO_AGRARIO_AGROTECNICO', 'Periti agrari e agrotecnici', 'L. 434/1968 art. 2 c. 1 lett. a; L. 251/1986 art. 11 c. 1 lett. b', 1, 1, 14),
 -- assumption: the two types defined by a regional list (§1) need a register entry
 ('SOGGETTO_CERTIFICATORE', 'Erogatore del servizio di formalizzazione e certificazione degli esiti dei tirocini', 'LR 17/2005 art. 26 ter; DGR 1005/2019', 0, 1, 15),
 ('SOGGETTO_ACCREDITATO', 'Soggetto accreditato ai servizi per il lavoro', 'LR 17/2005 art. 35; DGR 1959/2016', 0, 1, 16),
 ('PA_SERVIZI_SOCIALI', 'PA gestore di servizi sociali e/o sanitari', '–', 0, 0, 17);

-- assumption: the public-law types are incompatible with private employers,
-- agencies, professionals, associations and consortia.
INSERT INTO catalog_incompatible (a, b)
SELECT min(p.code, o.code), max(p.code, o.code)
FROM catalog_type p, catalog_type o
WHERE p.code IN ('DATORE_PUBBLICO', 'PA_SERVIZI_SOCIALI')
  AND o.code IN ('DATORE_PRIVATO', 'AGENZIA_SOMMINISTRAZIONE', 'AGENZIA_INTERMEDIAZIONE',
                 'CONSULENTE_LAVORO', 'AVVOCATO', 'DOTTORE_COMMERCIALISTA', 'RAGIONIERE',
                 'PERITO_COMMERCIALE', 'PERITO_AGRARIO_AGROTECNICO',
                 'ASSOCIAZIONE_CATEGORIA', 'ASSOCIAZIONE_DATORI_AGRICOLI',
                 'CONSORZIO_GRUPPO_IMPRESE');

INSERT INTO catalog_profile (code, label, group_level, unit_level, needs_regional_approval, position) VALUES
 ('AMMINISTRATORE', 'Amministratore', 1, 1, 0, 1),
 ('GESTIONE_CO', 'Gestione CO – SARE', 1, 1, 0, 2),
 ('STORICO_CO', 'Storico CO Aziendali – SARE', 1, 0, 0, 3),
 ('VISUALIZZAZIONE_CO', 'Visualizzazione CO – SARE', 1, 1, 0, 4),
 ('PROSPETTI_CIG', 'Gestione Prospetti inf. e CIG', 0, 1, 0, 5),
 ('OFFERTE_LAVORO', 'Gestione Offerte di Lavoro', 0, 1, 0, 6),
 ('TIROCINI_PROMOTORE_COMPILATORE', 'Tirocini Promotore – Compilatore', 0, 1, 0, 7),
 ('TIROCINI_PROMOTORE_VALIDATORE', 'Tirocini Promotore – Validatore', 0, 1, 0, 8),
 ('TIROCINI_SOGGETTO_PUBBLICO', 'Gestione Tirocini – Soggetto Pubblico', 1, 0, 0, 9),
 ('TIROCINI_CERTIFICATORE', 'Gestione Tirocini – Soggetto Certificatore', 1, 0, 0, 10),
 ('TIROCINI_OSPITANTE', 'Gestione Tirocini Sogg. Ospitante', 1, 0, 0, 11),
 ('ACCREDITAMENTO_RETE_ATTIVA', 'Gestione Accreditamento Rete Attiva', 1, 0, 0, 12),
 ('OPERATORE_AGENDA', 'Operatore Agenda', 0, 1, 1, 13);

-- assumption: eligible types read from each function's description (§6.1).
INSERT INTO catalog_profile_type (profile, type)
SELECT 'AMMINISTRATORE', code FROM catalog_type
UNION ALL SELECT 'ACCREDITAMENTO_RETE_ATTIVA', code FROM catalog_type
UNION ALL SELECT p.column1, t.code FROM (VALUES ('GESTIONE_CO'), ('VISUALIZZAZIONE_CO')) p, catalog_type t
    WHERE t.acts_for_employers = 1
       OR t.code IN ('DATORE_PRIVATO', 'DATORE_PUBBLICO', 'AGENZIA_SOMMINISTRAZIONE', 'AGENZIA_INTERMEDIAZIONE')
UNION ALL SELECT 'PROSPETTI_CIG', code FROM catalog_type
    WHERE acts_for_employers = 1 OR code IN ('DATORE_PRIVATO', 'DATORE_PUBBLICO')
UNION ALL SELECT 'STORICO_CO', column1 FROM (VALUES ('DATORE_PRIVATO'), ('DATORE_PUBBLICO'))
UNION ALL SELECT 'OFFERTE_LAVORO', column1 FROM (VALUES ('DATORE_PRIVATO'), ('DATORE_PUBBLICO'),
    ('AGENZIA_SOMMINISTRAZIONE'), ('AGENZIA_INTERMEDIAZIONE'), ('SOGGETTO_ACCREDITATO'))
UNION ALL SELECT 'TIROCINI_PROMOTORE_COMPILATORE', 'PROMOTORE_TIROCINIO'
UNION ALL SELECT 'TIROCINI_PROMOTORE_VALIDATORE', 'PROMOTORE_TIROCINIO'
UNION ALL SELECT 'TIROCINI_SOGGETTO_PUBBLICO', column1 FROM (VALUES ('PA_SERVIZI_SOCIALI'), ('DATORE_PUBBLICO'))
UNION ALL SELECT 'TIROCINI_CERTIFICATORE', 'SOGGETTO_CERTIFICATORE'
UNION ALL SELECT 'TIROCINI_OSPITANTE', column1 FROM (VALUES ('DATORE_PRIVATO'), ('DATORE_PUBBLICO'))
UNION ALL SELECT 'OPERATORE_AGENDA', 'SOGGETTO_ACCREDITATO';
