-- Reference data: the category tree of the terms of use, §V (rules R1 to R4).
-- The codes are stable: the API, the specifications and the demo data rely on them.

INSERT INTO category (code, family, name, position) VALUES
 -- R1: equipment
 ('PC_DESKTOP',                        'EQUIPMENT', 'PC de bureau',                                   1),
 ('PC_LAPTOP_FIXED',                   'EQUIPMENT', 'PC portable à usage fixe',                       2),
 ('PC_LAPTOP_MOBILE',                  'EQUIPMENT', 'PC portable à usage nomade',                     3),
 ('PC_ULTRAMOBILE',                    'EQUIPMENT', 'PC ultra-portable',                              4),
 ('PDA',                               'EQUIPMENT', 'Assistant personnel (PDA)',                      5),
 ('SCREEN_TFT',                        'EQUIPMENT', 'Écran plat TFT',                                 6),
 ('CAMERA_DIGITAL',                    'EQUIPMENT', 'Appareil photo numérique',                       7),
 ('VIDEO_PROJECTOR',                   'EQUIPMENT', 'Vidéoprojecteur',                                8),
 ('SURVEILLANCE_CAMERA_INDOOR_FIXED',  'EQUIPMENT', 'Caméra de surveillance fixe d''intérieur',      9),
 ('SURVEILLANCE_CAMERA_OUTDOOR_FIXED', 'EQUIPMENT', 'Caméra de surveillance fixe d''extérieur',     10),
 ('SURVEILLANCE_CAMERA_MOTORISED',     'EQUIPMENT', 'Caméra de surveillance motorisée',             11),
 ('PRINTER',                           'EQUIPMENT', 'Imprimante',                                    12),
 ('LABEL_PRINTER',                     'EQUIPMENT', 'Imprimante d''étiquettes',                      13),
 ('SERVER_APPLICATION',                'EQUIPMENT', 'Serveur d''applications',                       14),
 ('SERVER_DEDICATED',                  'EQUIPMENT', 'Serveur dédié pré-intégré',                     15),
 ('NETWORK_LAN_WIRED',                 'EQUIPMENT', 'Réseau local filaire',                          16),
 ('NETWORK_LAN_PLC',                   'EQUIPMENT', 'Réseau local par courant porteur (CPL)',        17),
 ('NETWORK_LAN_WIFI',                  'EQUIPMENT', 'Réseau local sans fil (Wi-Fi)',                 18),
 ('NETWORK_REMOTE_ACCESS',             'EQUIPMENT', 'Solution d''accès distant',                     19),
 ('NETWORK_SECURITY',                  'EQUIPMENT', 'Sécurité du réseau',                            20),
 -- R2: telecom
 ('TELECOM_EQUIPMENT',                 'TELECOM',   'Équipements et systèmes voix-données',          21),
 ('TELECOM_SERVICE',                   'TELECOM',   'Services de télécommunications',                22),
 -- R3: Internet
 ('INTERNET_ACCESS',                   'INTERNET',  'Accès à Internet',                              23),
 ('WEBSITE_BUILDING',                  'INTERNET',  'Création de site Internet',                     24),
 -- R4: service providers
 ('ADVISER',                           'SERVICE_PROVIDER', 'Conseiller informatique et télécoms TPE',      25),
 ('COMPETENCE_CENTRE_IT',              'SERVICE_PROVIDER', 'Centre de compétences TPE informatique',       26),
 ('COMPETENCE_CENTRE_TELECOM',         'SERVICE_PROVIDER', 'Centre de compétences TPE télécoms',           27),
 ('COMPETENCE_CENTRE_IT_TELECOM',      'SERVICE_PROVIDER', 'Centre de compétences TPE informatique et télécoms', 28);
