<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CallCenterApp</name>
    <message>
        <source>Invalid --operators "%1": give distinct ids separated by commas, such as A,B.</source>
        <translation>--operators « %1 » invalide : donnez des identifiants distincts séparés par des virgules, comme A,B.</translation>
    </message>
    <message>
        <source>Invalid --ring-timeout "%1": give a number of seconds, 0 or more.</source>
        <translation>--ring-timeout « %1 » invalide : donnez un nombre de secondes, 0 ou plus.</translation>
    </message>
    <message>
        <source>Unknown --strategy "%1": choose one of %2.</source>
        <translation>--strategy « %1 » inconnue : choisissez parmi %2.</translation>
    </message>
    <message>
        <source>Invalid --port "%1": give a number from 0 to 65535.</source>
        <translation>--port « %1 » invalide : donnez un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>Invalid --listen "%1": give an IP address such as 127.0.0.1.</source>
        <translation>--listen « %1 » invalide : donnez une adresse IP comme 127.0.0.1.</translation>
    </message>
    <message>
        <source>Invalid --connect "%1": give HOST:PORT, such as 127.0.0.1:5678.</source>
        <translation>--connect « %1 » invalide : donnez HÔTE:PORT, comme 127.0.0.1:5678.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1"; see --help.</source>
        <translation>Argument inattendu « %1 » ; voir --help.</translation>
    </message>
    <message>
        <source>Choose either --serve or --connect, not both.</source>
        <translation>Choisissez --serve ou --connect, pas les deux.</translation>
    </message>
    <message>
        <source>%1 is a setting of the queue server; give it to --serve, not to --connect.</source>
        <translation>%1 est un réglage du serveur de file ; donnez-le à --serve, pas à --connect.</translation>
    </message>
    <message>
        <source>%1 only applies with --serve.</source>
        <translation>%1 ne s'applique qu'avec --serve.</translation>
    </message>
    <message>
        <source>Call-center queue console: routes calls to operators. Reads call, answer, reject, hangup, help and quit commands from standard input.</source>
        <translation>Console de la file du centre d'appels : répartit les appels entre les opérateurs. Lit les commandes call, answer, reject, hangup, help et quit sur l'entrée standard.</translation>
    </message>
    <message>
        <source>Operator ids, in order, separated by commas.</source>
        <translation>Identifiants des opérateurs, dans l'ordre, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Seconds a call may ring before it is offered on (fractions allowed; 0 disables).</source>
        <translation>Secondes pendant lesquelles un appel peut sonner avant d'être proposé ailleurs (fractions permises ; 0 désactive).</translation>
    </message>
    <message>
        <source>How an available operator is chosen: %1.</source>
        <translation>Comment un opérateur disponible est choisi : %1.</translation>
    </message>
    <message>
        <source>Language of the messages, such as pt_BR, es or fr.</source>
        <translation>Langue des messages, comme pt_BR, es ou fr.</translation>
    </message>
    <message>
        <source>Run as the queue server.</source>
        <translation>Fonctionner comme serveur de file.</translation>
    </message>
    <message>
        <source>Port to listen on with --serve (0 picks a free one).</source>
        <translation>Port d'écoute avec --serve (0 en choisit un libre).</translation>
    </message>
    <message>
        <source>Address to listen on with --serve.</source>
        <translation>Adresse d'écoute avec --serve.</translation>
    </message>
    <message>
        <source>Send the commands to a queue server.</source>
        <translation>Envoyer les commandes à un serveur de file.</translation>
    </message>
</context>
<context>
    <name>CallCenterText</name>
    <message>
        <source>Call %1 received</source>
        <translation>Appel %1 reçu</translation>
    </message>
    <message>
        <source>Call %1 ringing for operator %2</source>
        <translation>Appel %1 en sonnerie pour l'opérateur %2</translation>
    </message>
    <message>
        <source>Call %1 waiting in queue</source>
        <translation>Appel %1 en attente dans la file</translation>
    </message>
    <message>
        <source>Call %1 answered by operator %2</source>
        <translation>Appel %1 pris par l'opérateur %2</translation>
    </message>
    <message>
        <source>Call %1 rejected by operator %2</source>
        <translation>Appel %1 refusé par l'opérateur %2</translation>
    </message>
    <message>
        <source>Call %1 ignored by operator %2</source>
        <translation>Appel %1 ignoré par l'opérateur %2</translation>
    </message>
    <message>
        <source>Call %1 withdrawn from operator %2</source>
        <translation>Appel %1 retiré à l'opérateur %2</translation>
    </message>
    <message>
        <source>Call %1 finished and operator %2 available</source>
        <translation>Appel %1 terminé et opérateur %2 disponible</translation>
    </message>
    <message>
        <source>Call %1 missed</source>
        <translation>Appel %1 manqué</translation>
    </message>
    <message>
        <source>Unknown command "%1". Type help to see the commands.</source>
        <translation>Commande inconnue « %1 ». Tapez help pour voir les commandes.</translation>
    </message>
    <message>
        <source>The %1 command needs an id.</source>
        <translation>La commande %1 demande un identifiant.</translation>
    </message>
    <message>
        <source>The id given to %1 is too long: at most %2 characters.</source>
        <translation>L'identifiant donné à %1 est trop long : %2 caractères au plus.</translation>
    </message>
    <message>
        <source>Unexpected "%1" after the %2 command.</source>
        <translation>« %1 » inattendu après la commande %2.</translation>
    </message>
    <message>
        <source>There is no call %1.</source>
        <translation>Il n'y a pas d'appel %1.</translation>
    </message>
    <message>
        <source>Call id %1 is already in use.</source>
        <translation>L'identifiant d'appel %1 est déjà utilisé.</translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation>Il n'y a pas d'opérateur %1.</translation>
    </message>
    <message>
        <source>Operator %1 has no call ringing.</source>
        <translation>L'opérateur %1 n'a aucun appel en sonnerie.</translation>
    </message>
    <message>
        <source>Operator id %1 is already in use.</source>
        <translation>L'identifiant d'opérateur %1 est déjà utilisé.</translation>
    </message>
    <message>
        <source>Operator %1 is not free.</source>
        <translation>L'opérateur %1 n'est pas libre.</translation>
    </message>
    <message>
        <source>Call %1 is not waiting in the queue.</source>
        <translation>L'appel %1 n'attend pas dans la file.</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>Le message n'est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The message has no command.</source>
        <translation>Le message ne contient aucune commande.</translation>
    </message>
    <message>
        <source>The line is longer than 4 KiB; closing the connection.</source>
        <translation>La ligne dépasse 4 Kio ; fermeture de la connexion.</translation>
    </message>
    <message>
        <source>Commands:
  call &lt;call id&gt;        a call arrives
  answer &lt;operator id&gt;  the operator answers its ringing call
  reject &lt;operator id&gt;  the operator turns its ringing call down
  hangup &lt;call id&gt;      the caller hangs up
  help                  show this list
  quit                  leave</source>
        <translation>Commandes :
  call &lt;id d'appel&gt;          un appel arrive
  answer &lt;id d'opérateur&gt;    l'opérateur prend l'appel qui sonne
  reject &lt;id d'opérateur&gt;    l'opérateur refuse l'appel qui sonne
  hangup &lt;id d'appel&gt;        l'appelant raccroche
  help                       affiche cette liste
  quit                       quitter</translation>
    </message>
    <message>
        <source>Type help to see the commands.</source>
        <translation>Tapez help pour voir les commandes.</translation>
    </message>
    <message>
        <source>Listening on %1 port %2</source>
        <translation>À l'écoute sur %1 port %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d'écouter sur %1 port %2 : %3</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>La connexion à %1 a été fermée.</translation>
    </message>
</context>
<context>
    <name>ServerApp</name>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse d'écoute (par défaut 127.0.0.1).</translation>
    </message>
    <message>
        <source>TCP port (default 5680; 0 picks a free port and logs it).</source>
        <translation>Port TCP (par défaut 5680 ; 0 choisit un port libre et l'inscrit au journal).</translation>
    </message>
    <message>
        <source>SQLite database file (default %1).</source>
        <translation>Fichier de base de données SQLite (par défaut %1).</translation>
    </message>
    <message>
        <source>Load the demo accounts into an empty database.</source>
        <translation>Charge les comptes de démonstration dans une base de données vide.</translation>
    </message>
    <message>
        <source>Run without the log window; log to stdout.</source>
        <translation>Fonctionne sans la fenêtre du journal ; écrit le journal sur la sortie standard.</translation>
    </message>
    <message>
        <source>Language of the log (es, pt_BR, fr, en); default: the system's.</source>
        <translation>Langue du journal (es, pt_BR, fr, en) ; par défaut celle du système.</translation>
    </message>
    <message>
        <source>Time a new connection has to finish the handshake (default 10000).</source>
        <translation>Délai accordé à une nouvelle connexion pour terminer la poignée de main (par défaut 10000).</translation>
    </message>
    <message>
        <source>Delay of the simulated provider backend (default 1500).</source>
        <translation>Délai du système simulé du fournisseur (par défaut 1500).</translation>
    </message>
    <message>
        <source>Make the simulated provider backend fail with this reason.</source>
        <translation>Fait échouer le système simulé du fournisseur avec ce motif.</translation>
    </message>
    <message>
        <source>Password hashing cost: default or low (load tests only).</source>
        <translation>Coût du hachage des mots de passe : default ou low (tests de charge uniquement).</translation>
    </message>
    <message>
        <source>An account command (see above); none starts the server.</source>
        <translation>Une commande de comptes (voir ci-dessus) ; sans commande, le serveur démarre.</translation>
    </message>
    <message>
        <source>Invalid --listen address: %1</source>
        <translation>Adresse --listen invalide : %1</translation>
    </message>
    <message>
        <source>Invalid --port: %1 (use 0 to 65535)</source>
        <translation>--port invalide : %1 (utilisez 0 à 65535)</translation>
    </message>
    <message>
        <source>Invalid --handshake-timeout-ms: %1</source>
        <translation>--handshake-timeout-ms invalide : %1</translation>
    </message>
    <message>
        <source>Invalid --backend-delay-ms: %1</source>
        <translation>--backend-delay-ms invalide : %1</translation>
    </message>
    <message>
        <source>Invalid --hash-cost: %1 (use default or low)</source>
        <translation>--hash-cost invalide : %1 (utilisez default ou low)</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d'ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Unknown command: %1 (see --help)</source>
        <translation>Commande inconnue : %1 (voir --help)</translation>
    </message>
    <message>
        <source>Database %1.</source>
        <translation>Base de données %1.</translation>
    </message>
    <message>
        <source>Shutting down.</source>
        <translation>Arrêt du serveur.</translation>
    </message>
    <message>
        <source>Seconds an offer rings for an executive before it goes to someone else (default 20).</source>
        <translation>Secondes pendant lesquelles une offre sonne chez un conseiller avant de passer à un autre (par défaut 20).</translation>
    </message>
    <message>
        <source>Let customers create their own accounts (off by default; --demo turns it on).</source>
        <translation>Permet aux clients de créer leur propre compte (désactivé par défaut ; --demo l'active).</translation>
    </message>
    <message>
        <source>Invalid --ring-timeout: %1 (use seconds from 0.1 to 3600)</source>
        <translation>--ring-timeout invalide : %1 (utilisez des secondes de 0.1 à 3600)</translation>
    </message>
    <message>
        <source>Seconds a customer whose connection dropped keeps their place or conversation (default 120).</source>
        <translation>Secondes pendant lesquelles un client dont la connexion a été coupée garde sa place ou sa conversation (par défaut 120).</translation>
    </message>
    <message>
        <source>Invalid --resume-grace: %1 (use seconds from 0 to 86400)</source>
        <translation>--resume-grace invalide : %1 (utilisez des secondes de 0 à 86400)</translation>
    </message>
    <message>
        <source>Seconds of after-call work after each session before new offers (default 30).</source>
        <translation>Secondes de travail après chaque conversation avant de nouvelles offres (par défaut 30).</translation>
    </message>
    <message>
        <source>Unanswered offers in a row that set an executive Away (default 2).</source>
        <translation>Offres sans réponse d'affilée qui mettent un conseiller Absent (par défaut 2).</translation>
    </message>
    <message>
        <source>Invalid --wrap-up: %1 (use seconds from 0 to 3600)</source>
        <translation>--wrap-up invalide : %1 (utilisez des secondes de 0 à 3600)</translation>
    </message>
    <message>
        <source>Invalid --missed-offers: %1 (use 1 to 100)</source>
        <translation>--missed-offers invalide : %1 (utilisez 1 à 100)</translation>
    </message>
    <message>
        <source>Loaded 1 demo account.</source>
        <translation>1 compte de démonstration chargé.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n demo accounts.</source>
        <translation><numerusform>%n compte de démonstration chargé.</numerusform><numerusform>%n comptes de démonstration chargés.</numerusform></translation>
    </message>
    <message>
        <source>Which available executive gets the next customer: longest-idle (default), round-robin, fewest-answered or ordered.</source>
        <translation>Quel conseiller disponible reçoit le client suivant : longest-idle (par défaut), round-robin, fewest-answered ou ordered.</translation>
    </message>
    <message>
        <source>Invalid --strategy: %1 (use longest-idle, round-robin, fewest-answered or ordered)</source>
        <translation>--strategy invalide : %1 (utilisez longest-idle, round-robin, fewest-answered ou ordered)</translation>
    </message>
    <message>
        <source>Sessions an executive may have at once, counting those on hold (default 2).</source>
        <translation>Sessions qu'un conseiller peut avoir en même temps, y compris celles en attente (par défaut 2).</translation>
    </message>
    <message>
        <source>Seconds an invitation to a session waits for its answer (default 30).</source>
        <translation>Secondes pendant lesquelles une invitation à une session attend sa réponse (par défaut 30).</translation>
    </message>
    <message>
        <source>Write a [STATS] line to the log every this many seconds (default 0: never).</source>
        <translation>Écrire une ligne [STATS] dans le journal toutes les N secondes (par défaut 0 : jamais).</translation>
    </message>
    <message>
        <source>Invalid --session-limit: %1 (use 1 to 10)</source>
        <translation>--session-limit invalide : %1 (utilisez 1 à 10)</translation>
    </message>
    <message>
        <source>Invalid --invitation-timeout: %1 (use seconds from 0.1 to 3600)</source>
        <translation>--invitation-timeout invalide : %1 (utilisez des secondes de 0,1 à 3600)</translation>
    </message>
    <message>
        <source>Invalid --stats-interval: %1 (use seconds from 0 to 86400)</source>
        <translation>--stats-interval invalide : %1 (utilisez des secondes de 0 à 86400)</translation>
    </message>
    <message>
        <source>Turno contact-center server.

Account commands (the password is read from stdin):
  add-customer RUT "FULL NAME"
  add-executive USERNAME "FULL NAME" [--role executive|supervisor] [--services internet,wifi]
  add-customers --count N --prefix NAME [--seed S] [--password-cost low|default]
  add-executives --count M --prefix NAME [--seed S] [--password-cost low|default] [--supervisors K]
  list-accounts
  demo-accounts   (prints the demo accounts and their passwords)
  fingerprint     (prints the SHA-256 fingerprint of the server's TLS key, for clients to check)</source>
        <translation>Serveur du centre de contact Turno.

Commandes de comptes (le mot de passe est lu sur l'entrée standard) :
  add-customer RUT "NOM COMPLET"
  add-executive IDENTIFIANT "NOM COMPLET" [--role executive|supervisor] [--services internet,wifi]
  add-customers --count N --prefix NOM [--seed S] [--password-cost low|default]
  add-executives --count M --prefix NOM [--seed S] [--password-cost low|default] [--supervisors K]
  list-accounts
  demo-accounts   (affiche les comptes de démonstration et leurs mots de passe)
  fingerprint     (affiche l'empreinte SHA-256 de la clé TLS du serveur, que les clients peuvent vérifier)</translation>
    </message>
    <message>
        <source>No TLS: for debugging on this machine only (refused on any address but loopback).</source>
        <translation>Sans TLS : uniquement pour déboguer sur cette machine (refusé sur toute adresse autre que loopback).</translation>
    </message>
    <message>
        <source>PEM certificate chain (the server's first). Default: a self-signed certificate made beside the database.</source>
        <translation>Chaîne de certificats PEM (celui du serveur en premier). Par défaut : un certificat auto-signé créé à côté de la base de données.</translation>
    </message>
    <message>
        <source>PEM private key of --tls-cert.</source>
        <translation>Clé privée PEM de --tls-cert.</translation>
    </message>
    <message>
        <source>Seconds a customer may keep resuming after a log-in before logging in again (default 28800).</source>
        <translation>Secondes pendant lesquelles un client peut reprendre sa session après une connexion avant de devoir se reconnecter (28800 par défaut).</translation>
    </message>
    <message>
        <source>Invalid --token-lifetime: %1 (use seconds from 1 to 2592000)</source>
        <translation>--token-lifetime invalide : %1 (utilisez des secondes de 1 à 2592000)</translation>
    </message>
    <message>
        <source>--plaintext cannot be combined with --tls-cert or --tls-key.</source>
        <translation>--plaintext ne peut pas être combiné avec --tls-cert ni --tls-key.</translation>
    </message>
    <message>
        <source>--plaintext listens only on a loopback address (127.0.0.1 or ::1), never on %1: without TLS, passwords would cross the network in clear.</source>
        <translation>--plaintext n'écoute que sur une adresse loopback (127.0.0.1 ou ::1), jamais sur %1 : sans TLS, les mots de passe traverseraient le réseau en clair.</translation>
    </message>
    <message>
        <source>Created a self-signed certificate: %1.</source>
        <translation>Certificat auto-signé créé : %1.</translation>
    </message>
    <message>
        <source>TLS key fingerprint (SHA-256): %1</source>
        <translation>Empreinte de la clé TLS (SHA-256) : %1</translation>
    </message>
    <message>
        <source>Seconds a new connection has to log in before it is closed (default 30).</source>
        <translation>Secondes dont dispose une nouvelle connexion pour s'authentifier avant d'être fermée (30 par défaut).</translation>
    </message>
    <message>
        <source>Connections at once (default: the open-file limit, raised to its hard limit, less 64).</source>
        <translation>Connexions simultanées (par défaut : la limite de fichiers ouverts, portée à son maximum, moins 64).</translation>
    </message>
    <message>
        <source>Connections not logged in yet from one address (default 32).</source>
        <translation>Connexions pas encore authentifiées depuis une même adresse (32 par défaut).</translation>
    </message>
    <message>
        <source>Invalid --login-timeout: %1 (use seconds from 0.1 to 3600)</source>
        <translation>--login-timeout invalide : %1 (utilisez des secondes de 0.1 à 3600)</translation>
    </message>
    <message>
        <source>Invalid --max-unauthenticated-per-address: %1 (use 1 to 100000)</source>
        <translation>--max-unauthenticated-per-address invalide : %1 (utilisez 1 à 100000)</translation>
    </message>
    <message>
        <source>Invalid --max-connections: %1 (use 1 to 10000000)</source>
        <translation>--max-connections invalide : %1 (utilisez 1 à 10000000)</translation>
    </message>
    <message>
        <source>Open-file limit %1 (raised from %2): up to %3 connections.</source>
        <translation>Limite de fichiers ouverts %1 (relevée depuis %2) : jusqu'à %3 connexions.</translation>
    </message>
    <message>
        <source>Open-file limit %1: up to %2 connections.</source>
        <translation>Limite de fichiers ouverts %1 : jusqu'à %2 connexions.</translation>
    </message>
    <message>
        <source>Seconds of quiet after which a logged-in app is pinged (default 30).</source>
        <translation>Secondes de silence après lesquelles une application connectée reçoit un ping (30 par défaut).</translation>
    </message>
    <message>
        <source>Seconds of silence after which a logged-in app is disconnected (default 90).</source>
        <translation>Secondes de silence après lesquelles une application connectée est déconnectée (90 par défaut).</translation>
    </message>
    <message>
        <source>Invalid --heartbeat-interval or --heartbeat-timeout: %1 and %2 (the timeout must be longer than the interval; seconds up to 3600 and 86400)</source>
        <translation>--heartbeat-interval ou --heartbeat-timeout invalides : %1 et %2 (le délai doit dépasser l'intervalle ; secondes jusqu'à 3600 et 86400)</translation>
    </message>
    <message>
        <source>How often a kind of request may come: NAME=COUNT/UNIT[:BURST] (UNIT s, min or h) or NAME=off; repeat for several. Defaults: %1.</source>
        <translation>Fréquence permise de chaque type de requête : NOM=NOMBRE/UNITÉ[:RAFALE] (UNITÉ s, min ou h) ou NOM=off ; à répéter pour plusieurs. Valeurs par défaut : %1.</translation>
    </message>
    <message>
        <source>Password checks and hashes waiting at once; beyond them log-ins and sign-ups are told to try again (default %1).</source>
        <translation>Vérifications et hachages de mots de passe en attente à la fois ; au-delà, connexions et inscriptions sont invitées à réessayer (par défaut %1).</translation>
    </message>
    <message>
        <source>Days the request log keeps a row (default 400; 0 keeps them forever).</source>
        <translation>Jours pendant lesquels le journal des requêtes garde une ligne (par défaut 400 ; 0 les garde pour toujours).</translation>
    </message>
    <message>
        <source>Seconds in which the same log line or request-log row is written five times at most; the rest are counted in one "… N more like this" (default 60; 0 writes every one).</source>
        <translation>Secondes pendant lesquelles la même ligne du journal ou du journal des requêtes est écrite cinq fois au plus ; les autres sont comptées dans un « … N de plus comme celle-ci » (par défaut 60 ; 0 les écrit toutes).</translation>
    </message>
    <message>
        <source>Invalid --rate-limit: %1</source>
        <translation>--rate-limit invalide : %1</translation>
    </message>
    <message>
        <source>Invalid --collapse-repeats: %1 (use seconds from 0 to 86400)</source>
        <translation>--collapse-repeats invalide : %1 (utilisez des secondes de 0 à 86400)</translation>
    </message>
    <message>
        <source>Invalid --hash-queue: %1 (use 1 to 100000)</source>
        <translation>--hash-queue invalide : %1 (utilisez 1 à 100000)</translation>
    </message>
    <message>
        <source>Invalid --request-log-retention: %1 (use days from 0 to 36600)</source>
        <translation>--request-log-retention invalide : %1 (utilisez des jours de 0 à 36600)</translation>
    </message>
    <message>
        <source>KiB that may wait to be sent to one app before it counts as not reading and is disconnected (default 4096).</source>
        <translation>Kio pouvant attendre d'être envoyés à une app avant qu'elle soit considérée comme ne lisant plus et déconnectée (par défaut 4096).</translation>
    </message>
    <message>
        <source>Invalid --max-pending-write: %1 (use KiB from 128 to 1048576)</source>
        <translation>--max-pending-write invalide : %1 (utilisez des Kio de 128 à 1048576)</translation>
    </message>
</context>
<context>
    <name>ServerLog</name>
    <message>
        <source>… %1 more like this: %2</source>
        <translation>… %1 de plus comme celle-ci : %2</translation>
    </message>
</context>
<context>
    <name>ServerTls</name>
    <message>
        <source>Give both --tls-cert and --tls-key, or neither.</source>
        <translation>Indiquez --tls-cert et --tls-key ensemble, ou aucun des deux.</translation>
    </message>
    <message>
        <source>Cannot create the server's certificate: %1</source>
        <translation>Impossible de créer le certificat du serveur : %1</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Impossible de lire le certificat %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation>Impossible de lire la clé privée %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (EC or RSA, unencrypted).</source>
        <translation>%1 ne contient aucune clé privée PEM (EC ou RSA, non chiffrée).</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2.</source>
        <translation>La clé privée %1 ne correspond pas au certificat %2.</translation>
    </message>
</context>
<context>
    <name>Turno::AccountDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Changez votre mot de passe</translation>
    </message>
    <message>
        <source>Change your name</source>
        <translation>Changez votre nom</translation>
    </message>
    <message>
        <source>Enter your current password, then the new one twice. It needs at least %1 characters.</source>
        <translation>Saisissez votre mot de passe actuel, puis le nouveau deux fois. Il lui faut au moins %1 caractères.</translation>
    </message>
    <message>
        <source>This is the name we greet you with and that our executives see.</source>
        <translation>C'est le nom avec lequel nous vous saluons et que voient nos conseillers.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;épéter le mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet :</translation>
    </message>
    <message>
        <source>We are changing your password…</source>
        <translation>Nous changeons votre mot de passe…</translation>
    </message>
    <message>
        <source>We are changing your name…</source>
        <translation>Nous changeons votre nom…</translation>
    </message>
</context>
<context>
    <name>Turno::Admin::AccountCommands</name>
    <message>
        <source>Usage: turno-server --database FILE add-customer RUT "FULL NAME" [--wifi-ssid NAME] [--plan PLAN]</source>
        <translation>Usage : turno-server --database FICHIER add-customer RUT "NOM COMPLET" [--wifi-ssid NOM] [--plan FORFAIT]</translation>
    </message>
    <message>
        <source>Usage: turno-server --database FILE add-executive USERNAME "FULL NAME" [--role executive|supervisor] [--services internet,wifi]</source>
        <translation>Usage : turno-server --database FICHIER add-executive IDENTIFIANT "NOM COMPLET" [--role executive|supervisor] [--services internet,wifi]</translation>
    </message>
    <message>
        <source>Usage: turno-server --database FILE list-accounts</source>
        <translation>Usage : turno-server --database FICHIER list-accounts</translation>
    </message>
    <message>
        <source>Usage: turno-server --database FILE add-customers --count N --prefix NAME [--seed S] [--password-cost low|default]</source>
        <translation>Usage : turno-server --database FICHIER add-customers --count N --prefix NOM [--seed S] [--password-cost low|default]</translation>
    </message>
    <message>
        <source>The full name must have 1 to %1 characters.</source>
        <translation>Le nom complet doit comporter de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>Aucun mot de passe n'a été fourni sur l'entrée standard.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The password must have at most %1 characters.</source>
        <translation>Le mot de passe doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Répétez le mot de passe : </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>The password could not be hashed (not enough memory?).</source>
        <translation>Impossible de hacher le mot de passe (mémoire insuffisante ?).</translation>
    </message>
    <message>
        <source>Invalid RUT: %1. Write it as 12.345.678-5, 12345678-5 or 123456785.</source>
        <translation>RUT non valide : %1. Écrivez-le sous la forme 12.345.678-5, 12345678-5 ou 123456785.</translation>
    </message>
    <message>
        <source>A customer with RUT %1 already exists.</source>
        <translation>Un client avec le RUT %1 existe déjà.</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Impossible d'enregistrer le compte : %1</translation>
    </message>
    <message>
        <source>Added customer %1 (%2).</source>
        <translation>Client %1 (%2) ajouté.</translation>
    </message>
    <message>
        <source>Unknown role: %1. Use executive or supervisor.</source>
        <translation>Rôle inconnu : %1. Utilisez executive ou supervisor.</translation>
    </message>
    <message>
        <source>Unknown service: %1. Known services: %2.</source>
        <translation>Service inconnu : %1. Services connus : %2.</translation>
    </message>
    <message>
        <source>An executive with username %1 already exists.</source>
        <translation>Un conseiller avec l'identifiant %1 existe déjà.</translation>
    </message>
    <message>
        <source>Added executive %1 (%2), role %3, services: %4.</source>
        <translation>Conseiller %1 (%2) ajouté, rôle %3, services : %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Impossible de lire les comptes : %1</translation>
    </message>
    <message numerus="yes">
        <source>Customers (%n):</source>
        <translation><numerusform>Clients (%n) :</numerusform><numerusform>Clients (%n) :</numerusform></translation>
    </message>
    <message>
        <source>RUT</source>
        <translation>RUT</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>Réseau Wi-Fi</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message numerus="yes">
        <source>Executives (%n):</source>
        <translation><numerusform>Conseillers (%n) :</numerusform><numerusform>Conseillers (%n) :</numerusform></translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>--count must be a number from 1 to %1.</source>
        <translation>--count doit être un nombre de 1 à %1.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 up.</source>
        <translation>--seed doit être un nombre entier à partir de 0.</translation>
    </message>
    <message>
        <source>--prefix must have 1 to %1 characters.</source>
        <translation>--prefix doit comporter de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>Unknown password cost: %1. Use low or default.</source>
        <translation>Coût de mot de passe inconnu : %1. Utilisez low ou default.</translation>
    </message>
    <message>
        <source>Some of these RUTs are already in the database, so nothing was added. Use another --seed.</source>
        <translation>Certains de ces RUT sont déjà dans la base de données : rien n'a été ajouté. Utilisez un autre --seed.</translation>
    </message>
    <message>
        <source>The accounts could not be saved: %1</source>
        <translation>Impossible d'enregistrer les comptes : %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n customers in %1 s.</source>
        <translation><numerusform>%n client ajouté en %1 s.</numerusform><numerusform>%n clients ajoutés en %1 s.</numerusform></translation>
    </message>
    <message>
        <source>Their passwords come from seed %1, as described under "Bulk accounts" in docs/storage.md.</source>
        <translation>Leurs mots de passe découlent de la graine %1, comme décrit sous « Bulk accounts » dans docs/storage.md.</translation>
    </message>
    <message>
        <source>First: RUT %1, password %2. Last: RUT %3, password %4.</source>
        <translation>Premier : RUT %1, mot de passe %2. Dernier : RUT %3, mot de passe %4.</translation>
    </message>
    <message>
        <source>These accounts use the low password cost: use them for load tests only.</source>
        <translation>Ces comptes utilisent le coût de mot de passe faible : réservez-les aux tests de charge.</translation>
    </message>
    <message>
        <source>Usage: turno-server --database FILE add-executives --count M --prefix NAME [--seed S] [--password-cost low|default] [--supervisors K]</source>
        <translation>Usage : turno-server --database FICHIER add-executives --count M --prefix NOM [--seed S] [--password-cost low|default] [--supervisors K]</translation>
    </message>
    <message>
        <source>--supervisors must be a number from 0 to --count.</source>
        <translation>--supervisors doit être un nombre de 0 à --count.</translation>
    </message>
    <message>
        <source>An executive with username %1 already exists, so nothing was added. Use another --prefix.</source>
        <translation>Un conseiller avec l'identifiant %1 existe déjà : rien n'a été ajouté. Utilisez un autre --prefix.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n executives in %1 s.</source>
        <translation><numerusform>%n conseiller ajouté en %1 s.</numerusform><numerusform>%n conseillers ajoutés en %1 s.</numerusform></translation>
    </message>
    <message>
        <source>First: %1, password %2 (%3). Last: %4, password %5.</source>
        <translation>Premier : %1, mot de passe %2 (%3). Dernier : %4, mot de passe %5.</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>executive</source>
        <translation>conseiller</translation>
    </message>
    <message>
        <source>The full name is too long: at most %1 bytes in UTF-8, and characters of some scripts take 3 or 4 bytes each.</source>
        <translation>Le nom complet est trop long : au plus %1 octets en UTF-8, et les caractères de certaines écritures occupent 3 ou 4 octets chacun.</translation>
    </message>
    <message>
        <source>The full name must not contain control or formatting characters.</source>
        <translation>Le nom complet ne doit pas contenir de caractères de contrôle ni de mise en forme.</translation>
    </message>
    <message>
        <source>Invalid username: %1. Use %2 to %3 letters, digits, dots, dashes or underscores.</source>
        <translation>Identifiant non valide : %1. Utilisez de %2 à %3 lettres, chiffres, points, tirets ou tirets bas.</translation>
    </message>
    <message>
        <source>--prefix must have 1 to %1 lowercase letters, digits, dots, dashes or underscores.</source>
        <translation>--prefix doit comporter de 1 à %1 lettres minuscules, chiffres, points, tirets ou tirets bas.</translation>
    </message>
</context>
<context>
    <name>Turno::AppCommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>The support server as host:port (default: 127.0.0.1:5680).</source>
        <translation>Le serveur d'assistance au format hôte:port (par défaut : 127.0.0.1:5680).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <source>The language to use: es, pt_BR, fr or en (default: the system's).</source>
        <translation>La langue à utiliser : es, pt_BR, fr ou en (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>%1: %2
Run "%1 --help" to see the options.</source>
        <translation>%1 : %2
Lancez « %1 --help » pour voir les options.</translation>
    </message>
    <message>
        <source>%1: unexpected argument "%2".
Run "%1 --help" to see the options.</source>
        <translation>%1 : argument inattendu « %2 ».
Lancez « %1 --help » pour voir les options.</translation>
    </message>
    <message>
        <source>%1: invalid --server "%2". %3</source>
        <translation>%1 : --server « %2 » invalide. %3</translation>
    </message>
    <message>
        <source>%1: unknown language "%2". Choose es, pt_BR, fr or en.</source>
        <translation>%1 : langue inconnue « %2 ». Choisissez es, pt_BR, fr ou en.</translation>
    </message>
    <message>
        <source>%1: no display was found, so no window can open. Use --cli to work in this terminal.</source>
        <translation>%1 : aucun affichage trouvé, aucune fenêtre ne peut s'ouvrir. Utilisez --cli pour travailler dans ce terminal.</translation>
    </message>
    <message>
        <source>Connect without encryption, to a server started with --plaintext on this machine (debugging only).</source>
        <translation>Se connecter sans chiffrement à un serveur lancé avec --plaintext sur cette machine (débogage uniquement).</translation>
    </message>
    <message>
        <source>Trust the server whose key has this SHA-256 fingerprint (as "turno-server fingerprint" prints it) without asking, and remember it.</source>
        <translation>Faire confiance sans demander au serveur dont la clé a cette empreinte SHA-256 (telle que « turno-server fingerprint » l'affiche), et la retenir.</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>%1: invalid --trust-fingerprint "%2": give the 64 hexadecimal digits that "turno-server fingerprint" prints (colons are optional).</source>
        <translation>%1 : --trust-fingerprint « %2 » invalide : indiquez les 64 chiffres hexadécimaux qu'affiche « turno-server fingerprint » (les deux-points sont facultatifs).</translation>
    </message>
    <message>
        <source>%1: --plaintext and --trust-fingerprint exclude each other.</source>
        <translation>%1 : --plaintext et --trust-fingerprint s'excluent mutuellement.</translation>
    </message>
</context>
<context>
    <name>Turno::ChatPage</name>
    <message>
        <source>&amp;End conversation</source>
        <translation>&amp;Terminer la conversation</translation>
    </message>
    <message>
        <source>Press %1 to end the conversation.</source>
        <translation>Appuyez sur %1 pour terminer la conversation.</translation>
    </message>
    <message>
        <source>Write your message and press Enter</source>
        <translation>Écrivez votre message et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>You are talking with %1.</source>
        <translation>Vous êtes en conversation avec %1.</translation>
    </message>
    <message>
        <source>Conversation time: %1</source>
        <comment>minutes:seconds</comment>
        <translation>Durée de la conversation : %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>sender's name · time of the message</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>You · %1</source>
        <comment>time of the message</comment>
        <translation>Vous · %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Delivered %1 ✓</source>
        <comment>time the message was stored</comment>
        <translation>Remis %1 ✓</translation>
    </message>
    <message>
        <source>&amp;Leave the queue</source>
        <translation>&amp;Quitter la file d'attente</translation>
    </message>
    <message>
        <source>Press %1 to leave the queue.</source>
        <translation>Appuyez sur %1 pour quitter la file d'attente.</translation>
    </message>
    <message>
        <source>You can write again as soon as %1 takes your conversation.</source>
        <translation>Vous pourrez écrire à nouveau dès que %1 aura repris votre conversation.</translation>
    </message>
    <message>
        <source>Transferring you to %1…</source>
        <translation>Transfert vers %1 en cours…</translation>
    </message>
    <message>
        <source>You are now talking with %1.</source>
        <translation>Vous êtes maintenant en conversation avec %1.</translation>
    </message>
    <message>
        <source>On hold: %1 will be back with you here. You can still write.</source>
        <translation>En attente : %1 reviendra vers vous ici. Vous pouvez continuer à écrire.</translation>
    </message>
    <message>
        <source>Also in this conversation: %1</source>
        <translation>Également dans cette conversation : %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>place in line, then the estimated wait</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Finding your place in line…</source>
        <translation>Recherche de votre place dans la file…</translation>
    </message>
</context>
<context>
    <name>Turno::ClientCommandLine</name>
    <message>
        <source>Turno customer support: restart your internet service and get help from an executive.</source>
        <translation>Service client Turno : redémarrez votre service internet et obtenez l'aide d'un conseiller.</translation>
    </message>
    <message>
        <source>Talk to the assistant in this terminal, without a window.</source>
        <translation>Dialoguer avec l'assistant dans ce terminal, sans fenêtre.</translation>
    </message>
</context>
<context>
    <name>Turno::ClientLoginPage</name>
    <message>
        <source>Customer support</source>
        <translation>Service client</translation>
    </message>
    <message>
        <source>Hi! Welcome. Enter your RUT and password to continue.</source>
        <translation>Bonjour ! Bienvenue. Saisissez votre RUT et votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>&amp;RUT:</source>
        <translation>&amp;RUT :</translation>
    </message>
    <message>
        <source>Invalid RUT. Enter it as 12.345.678-5.</source>
        <translation>RUT invalide. Saisissez-le sous la forme 12.345.678-5.</translation>
    </message>
    <message>
        <source>Valid RUT</source>
        <translation>RUT valide</translation>
    </message>
    <message>
        <source>New customer? &amp;Create an account</source>
        <translation>Nouveau client ? &amp;Créer un compte</translation>
    </message>
</context>
<context>
    <name>Turno::ClientMenuPage</name>
    <message>
        <source>&amp;Restart internet service</source>
        <translation>&amp;Redémarrer le service internet</translation>
    </message>
    <message>
        <source>Change &amp;Wi-Fi password</source>
        <translation>Changer le mot de passe &amp;Wi-Fi</translation>
    </message>
    <message>
        <source>&amp;Contact an executive</source>
        <translation>&amp;Contacter un conseiller</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Press %1 or %2</source>
        <translation>Appuyez sur %1 ou %2</translation>
    </message>
    <message>
        <source>Hi %1, how can we help you?</source>
        <translation>Bonjour %1, comment pouvons-nous vous aider ?</translation>
    </message>
    <message>
        <source>We are restarting your service…</source>
        <translation>Nous redémarrons votre service…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Change your &amp;name…</source>
        <translation>Changer votre &amp;nom…</translation>
    </message>
</context>
<context>
    <name>Turno::ClientSession</name>
    <message>
        <source>Enter the server as host:port, for example 127.0.0.1:5680.</source>
        <translation>Saisissez le serveur au format hôte:port, par exemple 127.0.0.1:5680.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Le serveur %1 n'a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Impossible de joindre le serveur %1 : %2</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <source>The server sent data this app cannot read (%1).</source>
        <translation>Le serveur a envoyé des données que cette application ne peut pas lire (%1).</translation>
    </message>
    <message>
        <source>The server repeated its greeting.</source>
        <translation>Le serveur a répété son message d'accueil.</translation>
    </message>
    <message>
        <source>The server speaks protocol version %1, but this app speaks version %2. Please update the older one.</source>
        <translation>Le serveur utilise la version %1 du protocole, mais cette application utilise la version %2. Mettez à jour le plus ancien.</translation>
    </message>
    <message>
        <source>The server cannot log you in right now. Please try again later.</source>
        <translation>Le serveur ne peut pas vous connecter pour le moment. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>The server refused that request: you are not allowed to do it.</source>
        <translation>Le serveur a refusé cette demande : vous n'êtes pas autorisé à le faire.</translation>
    </message>
    <message>
        <source>The server refused that request: it is not possible right now.</source>
        <translation>Le serveur a refusé cette demande : ce n'est pas possible pour le moment.</translation>
    </message>
    <message>
        <source>The server refused that request as invalid.</source>
        <translation>Le serveur a refusé cette demande comme invalide.</translation>
    </message>
    <message>
        <source>The server could not carry out that request.</source>
        <translation>Le serveur n'a pas pu traiter cette demande.</translation>
    </message>
    <message>
        <source>The server sent a message this app does not expect.</source>
        <translation>Le serveur a envoyé un message que cette application n'attend pas.</translation>
    </message>
    <message>
        <source>The connection to the server was lost and could not be restored.</source>
        <translation>La connexion au serveur a été perdue et n'a pas pu être rétablie.</translation>
    </message>
    <message>
        <source>You were away too long, so your place was released. Please log in again.</source>
        <translation>Vous avez été absent trop longtemps et votre place a été libérée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>You already have as many sessions as you may have at once. End one first.</source>
        <translation>Vous avez déjà autant de sessions que vous pouvez en avoir en même temps. Terminez-en une d'abord.</translation>
    </message>
    <message>
        <source>--plaintext reaches only this machine (127.0.0.1, ::1 or localhost), and %1 is not on it. Nothing was sent.</source>
        <translation>--plaintext n'atteint que cette machine (127.0.0.1, ::1 ou localhost), et %1 n'y est pas. Rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The server at %1 presented no usable certificate. Nothing was sent.</source>
        <translation>Le serveur %1 n'a présenté aucun certificat utilisable. Rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The key of %1 has changed and was not accepted. Nothing was sent.</source>
        <translation>La clé de %1 a changé et n'a pas été acceptée. Rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>You did not trust the server at %1. Nothing was sent.</source>
        <translation>Vous n'avez pas fait confiance au serveur %1. Rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>Your password was changed, so this connection was closed. Log in again with the new password.</source>
        <translation>Votre mot de passe a été changé, cette connexion a donc été fermée. Reconnectez-vous avec le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>You logged in from another place, so this window was signed out. Your session continues there.</source>
        <translation>Vous vous êtes connecté depuis un autre endroit, cette fenêtre a donc été déconnectée. Votre session continue là-bas.</translation>
    </message>
    <message>
        <source>Too many log-in attempts. Try again in 1 minute.</source>
        <translation>Trop de tentatives de connexion. Réessayez dans 1 minute.</translation>
    </message>
    <message numerus="yes">
        <source>Too many log-in attempts. Try again in %n minutes.</source>
        <translation><numerusform>Trop de tentatives de connexion. Réessayez dans %n minute.</numerusform><numerusform>Trop de tentatives de connexion. Réessayez dans %n minutes.</numerusform></translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>Le serveur est occupé. Réessayez dans un instant.</translation>
    </message>
    <message numerus="yes">
        <source>You are doing that too often. Please wait %n seconds and try again.</source>
        <translation><numerusform>Vous faites cela trop souvent. Attendez %n seconde et réessayez.</numerusform><numerusform>Vous faites cela trop souvent. Attendez %n secondes et réessayez.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>You are sending messages faster than the server accepts. They will be sent in %n seconds.</source>
        <translation><numerusform>Vous envoyez des messages plus vite que le serveur ne les accepte. Ils partiront dans %n seconde.</numerusform><numerusform>Vous envoyez des messages plus vite que le serveur ne les accepte. Ils partiront dans %n secondes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The message is %n characters too long; shorten it and send it again.</source>
        <translation><numerusform>Le message a %n caractère de trop ; raccourcissez-le et envoyez-le à nouveau.</numerusform><numerusform>Le message a %n caractères de trop ; raccourcissez-le et envoyez-le à nouveau.</numerusform></translation>
    </message>
</context>
<context>
    <name>Turno::ClientSignUpPage</name>
    <message>
        <source>Create your account</source>
        <translation>Créez votre compte</translation>
    </message>
    <message>
        <source>Enter your RUT and your full name, and choose a password of at least %1 characters.</source>
        <translation>Saisissez votre RUT et votre nom complet, et choisissez un mot de passe d'au moins %1 caractères.</translation>
    </message>
    <message>
        <source>&amp;RUT:</source>
        <translation>&amp;RUT :</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;épéter le mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Créer le c&amp;ompte</translation>
    </message>
    <message>
        <source>&amp;Back to log in</source>
        <translation>&amp;Retour à la connexion</translation>
    </message>
    <message>
        <source>Invalid RUT. Enter it as 12.345.678-5.</source>
        <translation>RUT invalide. Saisissez-le sous la forme 12.345.678-5.</translation>
    </message>
</context>
<context>
    <name>Turno::ClientTerminal</name>
    <message>
        <source>We are restarting your service…</source>
        <translation>Nous redémarrons votre service…</translation>
    </message>
    <message>
        <source>Hi! Welcome, enter your RUT and password</source>
        <translation>Bonjour ! Bienvenue, saisissez votre RUT et votre mot de passe</translation>
    </message>
    <message>
        <source>(1) Restart internet service</source>
        <translation>(1) Redémarrer le service internet</translation>
    </message>
    <message>
        <source>(2) Change Wi-Fi password</source>
        <translation>(2) Changer le mot de passe Wi-Fi</translation>
    </message>
    <message>
        <source>(3) Contact an executive</source>
        <translation>(3) Contacter un conseiller</translation>
    </message>
    <message>
        <source>(4) Exit</source>
        <translation>(4) Quitter</translation>
    </message>
    <message>
        <source>user:</source>
        <comment>terminal prompt for the RUT</comment>
        <translation>utilisateur :</translation>
    </message>
    <message>
        <source>password:</source>
        <comment>terminal prompt</comment>
        <translation>mot de passe :</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>terminal prompt with the customer's first name</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Your previous request is still under way. Please wait for it to finish.</source>
        <translation>Votre demande précédente est toujours en cours. Veuillez attendre qu'elle se termine.</translation>
    </message>
    <message>
        <source>Thank you for contacting us. Goodbye!</source>
        <translation>Merci de nous avoir contactés. Au revoir !</translation>
    </message>
    <message>
        <source>Hi %1, how can we help you?</source>
        <translation>Bonjour %1, comment pouvons-nous vous aider ?</translation>
    </message>
    <message>
        <source>Is there anything else we can help you with?</source>
        <translation>Pouvons-nous vous aider pour autre chose ?</translation>
    </message>
    <message>
        <source>Invalid RUT. Enter it as 12.345.678-5, 12345678-5 or 123456785.</source>
        <translation>RUT invalide. Saisissez-le sous la forme 12.345.678-5, 12345678-5 ou 123456785.</translation>
    </message>
    <message>
        <source>We are updating your password</source>
        <translation>Nous mettons à jour votre mot de passe</translation>
    </message>
    <message>
        <source>New customer? Type "new" to create your account.</source>
        <translation>Nouveau client ? Tapez « nouveau » pour créer votre compte.</translation>
    </message>
    <message>
        <source>(5) Change my account password</source>
        <translation>(5) Changer le mot de passe de mon compte</translation>
    </message>
    <message>
        <source>(6) Change my name</source>
        <translation>(6) Changer mon nom</translation>
    </message>
    <message>
        <source>Password:</source>
        <comment>terminal prompt for a new password</comment>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <comment>terminal prompt</comment>
        <translation>Répéter le mot de passe :</translation>
    </message>
    <message>
        <source>RUT:</source>
        <comment>terminal prompt</comment>
        <translation>RUT :</translation>
    </message>
    <message>
        <source>Full name:</source>
        <comment>terminal prompt</comment>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <source>Current password:</source>
        <comment>terminal prompt</comment>
        <translation>Mot de passe actuel :</translation>
    </message>
    <message>
        <source>New password:</source>
        <comment>terminal prompt</comment>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>New name:</source>
        <comment>terminal prompt</comment>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>new</source>
        <comment>typed at the user: prompt to sign up</comment>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Let's create your account. Enter your RUT, your full name and a password of at least %1 characters.</source>
        <translation>Créons votre compte. Saisissez votre RUT, votre nom complet et un mot de passe d'au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Your Wi-Fi password was not changed.</source>
        <translation>Votre mot de passe Wi-Fi n'a pas été changé.</translation>
    </message>
    <message>
        <source>Your account password was not changed.</source>
        <translation>Le mot de passe de votre compte n'a pas été changé.</translation>
    </message>
    <message>
        <source>Your name was not changed.</source>
        <translation>Votre nom n'a pas été changé.</translation>
    </message>
    <message>
        <source>Enter your new Wi-Fi password:</source>
        <translation>Saisissez votre nouveau mot de passe Wi-Fi :</translation>
    </message>
    <message>
        <source>Enter your current password, then your new one twice.</source>
        <translation>Saisissez votre mot de passe actuel, puis le nouveau deux fois.</translation>
    </message>
    <message>
        <source>What name should we call you by?</source>
        <translation>Sous quel nom devons-nous vous appeler ?</translation>
    </message>
    <message>
        <source>"%1" is not an option. Please answer with a number from 1 to %2.</source>
        <translation>« %1 » n'est pas une option. Veuillez répondre par un chiffre de 1 à %2.</translation>
    </message>
    <message>
        <source>Your account has been created.</source>
        <translation>Votre compte a été créé.</translation>
    </message>
    <message>
        <source>Please enter your new Wi-Fi password again.</source>
        <translation>Veuillez saisir à nouveau votre nouveau mot de passe Wi-Fi.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting in %1 s…</source>
        <translation>Connexion perdue. Reconnexion dans %1 s…</translation>
    </message>
    <message>
        <source>Connection restored.</source>
        <translation>Connexion rétablie.</translation>
    </message>
    <message>
        <source>What would you like to talk about?</source>
        <translation>De quoi souhaitez-vous parler ?</translation>
    </message>
    <message>
        <source>(1) Internet</source>
        <translation>(1) Internet</translation>
    </message>
    <message>
        <source>(2) Wi-Fi</source>
        <translation>(2) Wi-Fi</translation>
    </message>
    <message>
        <source>Please answer 1 for Internet or 2 for Wi-Fi.</source>
        <translation>Veuillez répondre 1 pour Internet ou 2 pour Wi-Fi.</translation>
    </message>
    <message>
        <source>Accept? [y/n]</source>
        <comment>terminal prompt: the answer to an executive's invitation</comment>
        <translation>Accepter ? [o/n]</translation>
    </message>
    <message>
        <source>The invitation expires in 1 second.</source>
        <translation>L'invitation expire dans 1 seconde.</translation>
    </message>
    <message numerus="yes">
        <source>The invitation expires in %n seconds.</source>
        <translation><numerusform>L'invitation expire dans %n seconde.</numerusform><numerusform>L'invitation expire dans %n secondes.</numerusform></translation>
    </message>
    <message>
        <source>y</source>
        <comment>short yes to an invitation</comment>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>yes to an invitation</comment>
        <translation>oui</translation>
    </message>
    <message>
        <source>n</source>
        <comment>short no to an invitation</comment>
        <translation>n</translation>
    </message>
    <message>
        <source>no</source>
        <comment>no to an invitation</comment>
        <translation>non</translation>
    </message>
    <message>
        <source>The invitation is no longer open.</source>
        <translation>L'invitation n'est plus valable.</translation>
    </message>
    <message>
        <source>Please answer y to accept or n to decline.</source>
        <translation>Veuillez répondre o pour accepter ou n pour refuser.</translation>
    </message>
    <message>
        <source>The invitation could not be answered. Please try again.</source>
        <translation>Impossible de répondre à l'invitation. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Connecting you with %1…</source>
        <translation>Mise en relation avec %1…</translation>
    </message>
</context>
<context>
    <name>Turno::ClientWindow</name>
    <message>
        <source>Turno customer support</source>
        <translation>Service client Turno</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Checking your RUT and password…</source>
        <translation>Vérification de votre RUT et de votre mot de passe…</translation>
    </message>
    <message>
        <source>We are updating your password…</source>
        <translation>Nous mettons à jour votre mot de passe…</translation>
    </message>
    <message>
        <source>We are updating your account…</source>
        <translation>Nous mettons à jour votre compte…</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Création de votre compte…</translation>
    </message>
    <message>
        <source>Your previous request is still under way. Please wait for it to finish.</source>
        <translation>Votre demande précédente est toujours en cours. Veuillez attendre qu'elle se termine.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting in %1 s…</source>
        <translation>Connexion perdue. Reconnexion dans %1 s…</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Connexion perdue. Reconnexion…</translation>
    </message>
    <message>
        <source>%1 is restarting your Wi-Fi and asks you for a new Wi-Fi password.</source>
        <translation>%1 redémarre votre Wi-Fi et vous demande un nouveau mot de passe Wi-Fi.</translation>
    </message>
</context>
<context>
    <name>Turno::ColleagueDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>Transférer %1</translation>
    </message>
    <message>
        <source>Invite a colleague</source>
        <translation>Inviter un collègue</translation>
    </message>
    <message>
        <source>Whom do you transfer %1 to? They get the customer first in their line.</source>
        <translation>À qui transférez-vous %1 ? Cette personne reçoit le client en tête de sa file.</translation>
    </message>
    <message>
        <source>Whom do you invite into the conversation with %1?</source>
        <translation>Qui invitez-vous dans la conversation avec %1 ?</translation>
    </message>
    <message>
        <source>Colleagues online</source>
        <translation>Collègues connectés</translation>
    </message>
    <message>
        <source>No other executive is online right now.</source>
        <translation>Aucun autre conseiller n'est connecté en ce moment.</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Inviter</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a colleague and how they are now</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Turno::CommandRunner</name>
    <message>
        <source>Nobody has invited you into a session right now.</source>
        <translation>Personne ne vous a invité dans une session en ce moment.</translation>
    </message>
    <message>
        <source>Nobody is waiting in your lines.</source>
        <translation>Personne n'attend dans vos files.</translation>
    </message>
    <message>
        <source>More than one waiting customer matches “%1”; use their number from :queue.</source>
        <translation>Plusieurs clients en attente correspondent à « %1 » ; utilisez son numéro dans :queue.</translation>
    </message>
    <message>
        <source>Nobody waiting matches “%1”. Type :queue to see who is waiting.</source>
        <translation>Aucun client en attente ne correspond à « %1 ». Tapez :queue pour voir qui attend.</translation>
    </message>
    <message>
        <source>You have only one session, with %1.</source>
        <translation>Vous n'avez qu'une session, avec %1.</translation>
    </message>
    <message>
        <source>More than one session matches “%1”; use its number from :sessions.</source>
        <translation>Plusieurs sessions correspondent à « %1 » ; utilisez son numéro dans :sessions.</translation>
    </message>
    <message>
        <source>You have no session with “%1”. Type :sessions to see them.</source>
        <translation>Vous n'avez pas de session avec « %1 ». Tapez :sessions pour les voir.</translation>
    </message>
    <message>
        <source>You are already with %1.</source>
        <translation>Vous êtes déjà avec %1.</translation>
    </message>
    <message>
        <source>Only the executive whose session it is can put it on hold; you are a guest in it.</source>
        <translation>Seul le conseiller à qui appartient la session peut la mettre en attente ; vous y êtes invité.</translation>
    </message>
    <message>
        <source>%1 is already on hold. Type :switch to go back to them.</source>
        <translation>%1 est déjà en attente. Tapez :switch pour reprendre cette personne.</translation>
    </message>
    <message>
        <source>Only the executive whose session it is can transfer it; you are a guest in it.</source>
        <translation>Seul le conseiller à qui appartient la session peut la transférer ; vous y êtes invité.</translation>
    </message>
    <message>
        <source>Only the executive whose session it is can invite colleagues; you are a guest in it.</source>
        <translation>Seul le conseiller à qui appartient la session peut inviter des collègues ; vous y êtes invité.</translation>
    </message>
    <message>
        <source>No other executive is online right now.</source>
        <translation>Aucun autre conseiller n'est connecté en ce moment.</translation>
    </message>
    <message>
        <source>More than one colleague matches “%1”; use their number from :colleagues.</source>
        <translation>Plusieurs collègues correspondent à « %1 » ; utilisez son numéro dans :colleagues.</translation>
    </message>
    <message>
        <source>No colleague online matches “%1”. Type :colleagues to see who is online.</source>
        <translation>Aucun collègue connecté ne correspond à « %1 ». Tapez :colleagues pour voir qui est connecté.</translation>
    </message>
    <message>
        <source>You invited %1 into the session with %2; waiting for their answer.</source>
        <translation>Vous avez invité %1 dans la session avec %2 ; en attente de sa réponse.</translation>
    </message>
    <message>
        <source>Say whom to invite: :contact invite &lt;name&gt; [internet|wifi]</source>
        <translation>Indiquez qui inviter : :contact invite &lt;nom&gt; [internet|wifi]</translation>
    </message>
    <message>
        <source>More than one contact matches “%1”; use their number from :contacts.</source>
        <translation>Plusieurs contacts correspondent à « %1 » ; utilisez son numéro dans :contacts.</translation>
    </message>
    <message>
        <source>None of your contacts matches “%1”. Type :contacts to see them.</source>
        <translation>Aucun de vos contacts ne correspond à « %1 ». Tapez :contacts pour les voir.</translation>
    </message>
    <message>
        <source>%1 is not connected right now.</source>
        <translation>%1 n'est pas connecté en ce moment.</translation>
    </message>
    <message>
        <source>%1 is busy right now (waiting or in a session); try again later.</source>
        <translation>%1 est occupé en ce moment (en attente ou en session) ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>You invited %1 to a session about %2; waiting for their answer.</source>
        <translation>Vous avez invité %1 à une session sur %2 ; en attente de sa réponse.</translation>
    </message>
    <message>
        <source>%1 is no longer in your contacts.</source>
        <translation>%1 ne fait plus partie de vos contacts.</translation>
    </message>
    <message>
        <source>Waiting in your lines, oldest first:</source>
        <translation>En attente dans vos files, du plus ancien au plus récent :</translation>
    </message>
    <message>
        <source>  %1. %2 (%3), waiting %4 — %5</source>
        <comment>number, customer, service, time waited (m:ss), last self-service action</comment>
        <translation>  %1. %2 (%3), en attente depuis %4 — %5</translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation>  … et %1 de plus.</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>conférence</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>in the background</source>
        <translation>en arrière-plan</translation>
    </message>
    <message>
        <source>1 unread message</source>
        <translation>1 message non lu</translation>
    </message>
    <message>
        <source>%1 unread messages</source>
        <translation>%1 messages non lus</translation>
    </message>
    <message>
        <source>You have no sessions.</source>
        <translation>Vous n'avez aucune session.</translation>
    </message>
    <message>
        <source>Your sessions:</source>
        <translation>Vos sessions :</translation>
    </message>
    <message>
        <source>in front</source>
        <translation>au premier plan</translation>
    </message>
    <message>
        <source>  %1. %2 (%3) — %4</source>
        <comment>number, customer, service, how the session is</comment>
        <translation>  %1. %2 (%3) — %4</translation>
    </message>
    <message>
        <source>%1, in 1 session</source>
        <comment>a colleague's presence and their sessions</comment>
        <translation>%1, dans 1 session</translation>
    </message>
    <message>
        <source>%1, in %2 sessions</source>
        <comment>a colleague's presence and their sessions</comment>
        <translation>%1, dans %2 sessions</translation>
    </message>
    <message>
        <source>Colleagues online:</source>
        <translation>Collègues connectés :</translation>
    </message>
    <message>
        <source>  %1. %2 (%3) — %4</source>
        <comment>number, full name, username, presence</comment>
        <translation>  %1. %2 (%3) — %4</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>online, busy</source>
        <translation>connecté, occupé</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>You have no contacts yet. In a session, :contact add adds the customer.</source>
        <translation>Vous n'avez pas encore de contacts. Pendant une session, :contact add ajoute le client.</translation>
    </message>
    <message>
        <source>Your contacts:</source>
        <translation>Vos contacts :</translation>
    </message>
    <message>
        <source>  %1. %2 — %3</source>
        <comment>number, contact, free or not</comment>
        <translation>  %1. %2 — %3</translation>
    </message>
    <message>
        <source>No customers are connected.</source>
        <translation>Aucun client n'est connecté.</translation>
    </message>
    <message>
        <source>Customers connected, and what each one did last:</source>
        <translation>Clients connectés, et la dernière action de chacun :</translation>
    </message>
    <message>
        <source>  %1 (%2) — %3</source>
        <comment>customer, what they are doing, their last action</comment>
        <translation>  %1 (%2) — %3</translation>
    </message>
    <message>
        <source>History of %1:</source>
        <translation>Historique de %1 :</translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <comment>a history line: date and time, then what happened</comment>
        <translation>  %1  %2</translation>
    </message>
    <message>
        <source>  Nothing yet.</source>
        <translation>  Rien pour l'instant.</translation>
    </message>
    <message>
        <source>%1 is in your contacts now.</source>
        <translation>%1 fait maintenant partie de vos contacts.</translation>
    </message>
    <message>
        <source>Older history of %1:</source>
        <translation>Historique antérieur de %1 :</translation>
    </message>
    <message>
        <source>There are older entries: type :older to see them.</source>
        <translation>Il y a des entrées plus anciennes : tapez :older pour les voir.</translation>
    </message>
</context>
<context>
    <name>Turno::ContactsPanel</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Customers you add from a session (Add to contacts) appear here, so you can invite them later.</source>
        <translation>Les clients que vous ajoutez pendant une session (Ajouter aux contacts) apparaissent ici, pour les inviter plus tard.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Your contacts</source>
        <translation>Vos contacts</translation>
    </message>
    <message>
        <source>What the invitation is about.</source>
        <translation>L'objet de l'invitation.</translation>
    </message>
    <message>
        <source>In&amp;vite</source>
        <translation>In&amp;viter</translation>
    </message>
    <message>
        <source>Invite the selected contact to a session now (only when they are free).</source>
        <translation>Invite maintenant le contact choisi à une session (seulement s'il est libre).</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>R&amp;etirer</translation>
    </message>
    <message>
        <source>Remove the selected contact.</source>
        <translation>Retire le contact choisi.</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
</context>
<context>
    <name>Turno::ConversationPanel</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>You are not attending anyone</source>
        <translation>Vous ne prenez personne en charge</translation>
    </message>
    <message>
        <source>When a customer asks for an executive, they ring here and you can accept them. Your conversation then appears here.</source>
        <translation>Quand un client demande un conseiller, il sonne ici et vous pouvez l'accepter. La conversation apparaît ensuite ici.</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Terminer la session</translation>
    </message>
    <message>
        <source>Ends the conversation with the customer (%1).</source>
        <translation>Termine la conversation avec le client (%1).</translation>
    </message>
    <message>
        <source>Type :help to see the commands</source>
        <translation>Tapez :help pour voir les commandes</translation>
    </message>
    <message>
        <source>Type :connect to accept, :reject to decline, or :help for the commands</source>
        <translation>Tapez :connect pour accepter, :reject pour refuser ou :help pour les commandes</translation>
    </message>
    <message>
        <source>Write to %1 and press Enter; :help lists the commands</source>
        <translation>Écrivez à %1 et appuyez sur Entrée ; :help liste les commandes</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service : %1</translation>
    </message>
    <message>
        <source>In session for %1</source>
        <translation>En session depuis %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>the customer's name and the time of their message (HH:mm)</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>You · %1</source>
        <comment>an own message and the time it was delivered (HH:mm)</comment>
        <translation>Vous · %1</translation>
    </message>
    <message>
        <source>You · sending…</source>
        <comment>an own message the server has not confirmed yet</comment>
        <translation>Vous · envoi en cours…</translation>
    </message>
    <message>
        <source>H&amp;old</source>
        <translation>Mettre en &amp;attente</translation>
    </message>
    <message>
        <source>Puts the customer on hold, or takes them back (%1).</source>
        <translation>Met le client en attente, ou le reprend (%1).</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>Trans&amp;férer…</translation>
    </message>
    <message>
        <source>Hands the customer to a colleague, who gets them first in line (%1).</source>
        <translation>Transfère le client à un collègue, qui le reçoit en tête de sa file (%1).</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Inviter…</translation>
    </message>
    <message>
        <source>Invites a colleague into this conversation (%1).</source>
        <translation>Invite un collègue dans cette conversation (%1).</translation>
    </message>
    <message>
        <source>Add to contact&amp;s</source>
        <translation>Ajouter aux contact&amp;s</translation>
    </message>
    <message>
        <source>Keeps the customer in your contacts, to invite them later (%1).</source>
        <translation>Garde le client dans vos contacts, pour l'inviter plus tard (%1).</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Repren&amp;dre</translation>
    </message>
    <message>
        <source>&amp;Leave session</source>
        <translation>&amp;Quitter la session</translation>
    </message>
    <message>
        <source>Leaves this conference; the customer stays with their executive (%1).</source>
        <translation>Quitte cette conférence ; le client reste avec son conseiller (%1).</translation>
    </message>
    <message>
        <source>In this conversation: %1</source>
        <translation>Dans cette conversation : %1</translation>
    </message>
    <message>
        <source>%1 is on hold: they are told you will be back, and may still write. Press Resume (%2) to go on.</source>
        <translation>%1 est en attente : on lui indique que vous allez revenir, et il peut continuer à écrire. Appuyez sur Reprendre (%2) pour continuer.</translation>
    </message>
    <message>
        <source>Restart internet</source>
        <translation>Redémarrer internet</translation>
    </message>
    <message>
        <source>Restarts the customer's internet service; both of you see the result (%1).</source>
        <translation>Redémarre le service internet du client ; vous voyez tous deux le résultat (%1).</translation>
    </message>
    <message>
        <source>Restart Wi-Fi</source>
        <translation>Redémarrer le Wi-Fi</translation>
    </message>
    <message>
        <source>Asks the customer for a new Wi-Fi password and restarts the Wi-Fi (%1).</source>
        <translation>Demande au client un nouveau mot de passe Wi-Fi et redémarre le Wi-Fi (%1).</translation>
    </message>
</context>
<context>
    <name>Turno::CustomerCountText</name>
    <message>
        <source>Hi %1, right now there is 1 customer connected</source>
        <translation>Bonjour %1, il y a en ce moment 1 client connecté</translation>
    </message>
    <message numerus="yes">
        <source>Hi %1, right now there are %n customers connected</source>
        <translation><numerusform>Bonjour %1, il y a en ce moment %n client connecté</numerusform><numerusform>Bonjour %1, il y a en ce moment %n clients connectés</numerusform></translation>
    </message>
    <message>
        <source>1 customer connected</source>
        <translation>1 client connecté</translation>
    </message>
    <message numerus="yes">
        <source>%n customers connected</source>
        <translation><numerusform>%n client connecté</numerusform><numerusform>%n clients connectés</numerusform></translation>
    </message>
    <message>
        <source>Now 1 customer connected</source>
        <translation>Maintenant 1 client connecté</translation>
    </message>
    <message numerus="yes">
        <source>Now %n customers connected</source>
        <translation><numerusform>Maintenant %n client connecté</numerusform><numerusform>Maintenant %n clients connectés</numerusform></translation>
    </message>
</context>
<context>
    <name>Turno::CustomerSession</name>
    <message>
        <source>Invalid RUT. Enter it as 12.345.678-5, 12345678-5 or 123456785.</source>
        <translation>RUT invalide. Saisissez-le sous la forme 12.345.678-5, 12345678-5 ou 123456785.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Wrong RUT or password.</source>
        <translation>RUT ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Your internet service has been restarted. It may take a minute to come back.</source>
        <translation>Votre service internet a été redémarré. Il peut mettre une minute à revenir.</translation>
    </message>
    <message>
        <source>A restart of your service is already under way. Please wait for it to finish.</source>
        <translation>Un redémarrage de votre service est déjà en cours. Veuillez attendre qu'il se termine.</translation>
    </message>
    <message>
        <source>We could not restart your service. Please try again later.</source>
        <translation>Nous n'avons pas pu redémarrer votre service. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>We could not restart your service: %1</source>
        <translation>Nous n'avons pas pu redémarrer votre service : %1</translation>
    </message>
    <message>
        <source>This server does not accept new accounts. Please call us to open one.</source>
        <translation>Ce serveur n'accepte pas de nouveaux comptes. Appelez-nous pour en ouvrir un.</translation>
    </message>
    <message>
        <source>An account with this RUT already exists. Log in with its password instead.</source>
        <translation>Un compte existe déjà pour ce RUT. Connectez-vous plutôt avec son mot de passe.</translation>
    </message>
    <message>
        <source>The server did not accept these account details.</source>
        <translation>Le serveur n'a pas accepté ces informations de compte.</translation>
    </message>
    <message>
        <source>The server cannot create your account right now. Please try again later.</source>
        <translation>Le serveur ne peut pas créer votre compte pour le moment. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>Your password has been updated.</source>
        <translation>Votre mot de passe a été mis à jour.</translation>
    </message>
    <message>
        <source>A change of your Wi-Fi password is already under way. Please wait for it to finish.</source>
        <translation>Un changement de votre mot de passe Wi-Fi est déjà en cours. Veuillez attendre qu'il se termine.</translation>
    </message>
    <message>
        <source>We could not update your Wi-Fi password. Please try again later.</source>
        <translation>Nous n'avons pas pu mettre à jour votre mot de passe Wi-Fi. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>We could not update your Wi-Fi password: %1</source>
        <translation>Nous n'avons pas pu mettre à jour votre mot de passe Wi-Fi : %1</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Your account password has been changed. Use the new one from your next log-in on.</source>
        <translation>Le mot de passe de votre compte a été changé. Utilisez le nouveau dès votre prochaine connexion.</translation>
    </message>
    <message>
        <source>Done. We will call you %1 from now on.</source>
        <translation>C'est fait. Nous vous appellerons désormais %1.</translation>
    </message>
    <message>
        <source>Your current password is not correct. Nothing was changed.</source>
        <translation>Votre mot de passe actuel est incorrect. Rien n'a été changé.</translation>
    </message>
    <message>
        <source>The server did not accept the new password.</source>
        <translation>Le serveur n'a pas accepté le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The server did not accept that name.</source>
        <translation>Le serveur n'a pas accepté ce nom.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Please try again in a few minutes.</source>
        <translation>Trop de tentatives erronées. Veuillez réessayer dans quelques minutes.</translation>
    </message>
    <message>
        <source>We could not change your password right now. Please try again later.</source>
        <translation>Nous n'avons pas pu changer votre mot de passe pour le moment. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>We could not change your name right now. Please try again later.</source>
        <translation>Nous n'avons pas pu changer votre nom pour le moment. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>The Wi-Fi password is too short: it needs at least %1 characters.</source>
        <translation>Le mot de passe Wi-Fi est trop court : il faut au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The Wi-Fi password is too long: it can have at most %1 characters.</source>
        <translation>Le mot de passe Wi-Fi est trop long : il peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The Wi-Fi password can only contain letters without accents (no ñ), digits, spaces and symbols such as ! ? # - _.</source>
        <translation>Le mot de passe Wi-Fi ne peut contenir que des lettres sans accent (ni ç), des chiffres, des espaces et des symboles comme ! ? # - _.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The password must have at most %1 characters.</source>
        <translation>Le mot de passe doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>Saisissez votre nom complet.</translation>
    </message>
    <message>
        <source>The name must have at most %1 characters.</source>
        <translation>Le nom doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The name contains a character that cannot be used.</source>
        <translation>Le nom contient un caractère qui ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>You are next in line.</source>
        <translation>Vous êtes le prochain dans la file.</translation>
    </message>
    <message>
        <source>Estimated wait: unknown.</source>
        <translation>Attente estimée : inconnue.</translation>
    </message>
    <message>
        <source>Estimated wait: less than a minute.</source>
        <translation>Attente estimée : moins d'une minute.</translation>
    </message>
    <message>
        <source>Estimated wait: %1 to %2 minutes.</source>
        <translation>Attente estimée : de %1 à %2 minutes.</translation>
    </message>
    <message>
        <source>No executive attends that service. Please choose another.</source>
        <translation>Aucun conseiller ne s'occupe de ce service. Veuillez en choisir un autre.</translation>
    </message>
    <message>
        <source>You left the queue.</source>
        <translation>Vous avez quitté la file d'attente.</translation>
    </message>
    <message>
        <source>You ended the conversation with %1.</source>
        <translation>Vous avez terminé la conversation avec %1.</translation>
    </message>
    <message>
        <source>%1 ended the conversation.</source>
        <translation>%1 a terminé la conversation.</translation>
    </message>
    <message>
        <source>%1 is no longer connected; the conversation ended.</source>
        <translation>%1 n'est plus connecté ; la conversation est terminée.</translation>
    </message>
    <message>
        <source>1 customer ahead of you.</source>
        <translation>1 client devant vous.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers ahead of you.</source>
        <translation><numerusform>%n client devant vous.</numerusform><numerusform>%n clients devant vous.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: up to %n minutes.</source>
        <translation><numerusform>Attente estimée : jusqu'à %n minute.</numerusform><numerusform>Attente estimée : jusqu'à %n minutes.</numerusform></translation>
    </message>
    <message>
        <source>%1 is restarting your internet service…</source>
        <translation>%1 redémarre votre service internet…</translation>
    </message>
    <message>
        <source>%1 restarted your internet service. It may take a minute to come back.</source>
        <translation>%1 a redémarré votre service internet. Il peut mettre une minute à revenir.</translation>
    </message>
    <message>
        <source>The restart of your internet service failed.</source>
        <translation>Le redémarrage de votre service internet a échoué.</translation>
    </message>
    <message>
        <source>The restart of your internet service failed: %1</source>
        <translation>Le redémarrage de votre service internet a échoué : %1</translation>
    </message>
    <message>
        <source>The invitation from %1 expired.</source>
        <translation>L'invitation de %1 a expiré.</translation>
    </message>
    <message>
        <source>%1 put you on hold. Please wait; you keep your place in this conversation.</source>
        <translation>%1 vous a mis en attente. Veuillez patienter ; vous gardez votre place dans cette conversation.</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 est de retour.</translation>
    </message>
    <message>
        <source>%1 joined the conversation.</source>
        <translation>%1 a rejoint la conversation.</translation>
    </message>
    <message>
        <source>%1 left the conversation.</source>
        <translation>%1 a quitté la conversation.</translation>
    </message>
    <message>
        <source>%1 is transferring you to %2. Please wait here; %2 will see this conversation.</source>
        <translation>%1 vous transfère à %2. Veuillez patienter ici ; %2 verra cette conversation.</translation>
    </message>
    <message>
        <source>%1 invites you to a conversation about your internet service.</source>
        <translation>%1 vous invite à une conversation au sujet de votre service internet.</translation>
    </message>
    <message>
        <source>%1 invites you to a conversation about your Wi-Fi network.</source>
        <translation>%1 vous invite à une conversation au sujet de votre réseau Wi-Fi.</translation>
    </message>
    <message>
        <source>%1 invites you to a conversation.</source>
        <translation>%1 vous invite à une conversation.</translation>
    </message>
    <message>
        <source>You declined the invitation from %1.</source>
        <translation>Vous avez refusé l'invitation de %1.</translation>
    </message>
    <message>
        <source>%1 is no longer available, so the conversation could not begin.</source>
        <translation>%1 n'est plus disponible, la conversation n'a donc pas pu commencer.</translation>
    </message>
    <message>
        <source>%1 withdrew the invitation.</source>
        <translation>%1 a retiré l'invitation.</translation>
    </message>
    <message numerus="yes">
        <source>Too many accounts were created from your network. Try again in %n minutes.</source>
        <translation><numerusform>Trop de comptes ont été créés depuis votre réseau. Réessayez dans %n minute.</numerusform><numerusform>Trop de comptes ont été créés depuis votre réseau. Réessayez dans %n minutes.</numerusform></translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>Le serveur est occupé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 bytes in UTF-8, and characters of some scripts take 3 or 4 bytes each.</source>
        <translation>Le nom est trop long : au plus %1 octets en UTF-8, et les caractères de certaines écritures occupent 3 ou 4 octets chacun.</translation>
    </message>
</context>
<context>
    <name>Turno::DetailsDialog</name>
    <message>
        <source>Connected customers</source>
        <translation>Clients connectés</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>%1; the first %2 are listed.</source>
        <translation>%1 ; les %2 premiers sont affichés.</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveCommandLine</name>
    <message>
        <source>Turno for executives: see the customers connected and attend them.</source>
        <translation>Turno pour les conseillers : voyez les clients connectés et prenez-les en charge.</translation>
    </message>
    <message>
        <source>Work in this terminal with :commands, without a window.</source>
        <translation>Travailler dans ce terminal avec des :commandes, sans fenêtre.</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveCommands</name>
    <message>
        <source>  %1 — %2</source>
        <translation>  %1 — %2</translation>
    </message>
    <message>
        <source>You are not attending a customer yet, so there is no one to send that to. Commands start with a colon: type :help to see them.</source>
        <translation>Vous ne prenez encore aucun client en charge : personne ne peut recevoir ce message. Les commandes commencent par deux-points ; tapez :help pour les voir.</translation>
    </message>
    <message>
        <source>There is no command %1. Type :help to see the commands.</source>
        <translation>La commande %1 n'existe pas. Tapez :help pour voir les commandes.</translation>
    </message>
    <message>
        <source>%1 needs one more word. Use one of: %2</source>
        <translation>Il manque un mot à %1. Utilisez l'une de ces commandes : %2</translation>
    </message>
    <message>
        <source>%1 takes nothing after it. Use it as %2</source>
        <translation>%1 ne prend rien après elle. Utilisez-la ainsi : %2</translation>
    </message>
    <message>
        <source>%1 needs something after it. Use it as %2</source>
        <translation>%1 doit être suivi d'un texte. Utilisez-la ainsi : %2</translation>
    </message>
    <message>
        <source>No customer is waiting to connect.</source>
        <translation>Aucun client n'attend d'être mis en relation.</translation>
    </message>
    <message>
        <source>No customer is ringing right now, so there is nothing to reject.</source>
        <translation>Aucun client ne sonne en ce moment : il n'y a rien à refuser.</translation>
    </message>
    <message>
        <source>You are not attending a customer, so there is no session to end.</source>
        <translation>Vous ne prenez aucun client en charge : il n'y a pas de session à terminer.</translation>
    </message>
    <message>
        <source>You are not attending a customer right now.</source>
        <translation>Vous ne vous occupez d'aucun client en ce moment.</translation>
    </message>
    <message>
        <source>There is no command %1. Did you mean %2? Type :help to see the commands.</source>
        <translation>La commande %1 n'existe pas. Vouliez-vous dire %2 ? Tapez :help pour voir les commandes.</translation>
    </message>
    <message>
        <source>%1 works in a session, and you are not attending a customer right now.</source>
        <translation>%1 s'utilise pendant une session, et vous ne prenez aucun client en charge en ce moment.</translation>
    </message>
    <message>
        <source>Shows how many customers are connected.</source>
        <translation>Affiche le nombre de clients connectés.</translation>
    </message>
    <message>
        <source>Shows the customers connected and what each one did last.</source>
        <translation>Affiche les clients connectés et la dernière action de chacun.</translation>
    </message>
    <message>
        <source>Lists the customers waiting in your lines, oldest first.</source>
        <translation>Liste les clients en attente dans vos files, du plus ancien au plus récent.</translation>
    </message>
    <message>
        <source>[name or number]</source>
        <translation>[nom ou numéro]</translation>
    </message>
    <message>
        <source>Takes the customer who is ringing, or else the one who has waited longest; with a name or number from :queue, that customer.</source>
        <translation>Prend le client qui sonne, sinon celui qui attend depuis le plus longtemps ; avec un nom ou un numéro de :queue, ce client.</translation>
    </message>
    <message>
        <source>Declines the customer who is ringing; the next executive is offered them.</source>
        <translation>Refuse le client qui sonne ; il est proposé au conseiller suivant.</translation>
    </message>
    <message>
        <source>Shows the history of the customer you are attending; with a name or number from :queue, of that waiting customer.</source>
        <translation>Affiche l'historique du client que vous prenez en charge ; avec un nom ou un numéro de :queue, celui de ce client en attente.</translation>
    </message>
    <message>
        <source>&lt;description&gt;</source>
        <translation>&lt;description&gt;</translation>
    </message>
    <message>
        <source>Adds a note to the history of the current conversation.</source>
        <translation>Ajoute une note à l'historique de la conversation en cours.</translation>
    </message>
    <message>
        <source>Restarts the customer's internet service.</source>
        <translation>Redémarre le service internet du client.</translation>
    </message>
    <message>
        <source>Sets a new Wi-Fi password for the customer and restarts the Wi-Fi.</source>
        <translation>Définit un nouveau mot de passe Wi-Fi pour le client et redémarre le Wi-Fi.</translation>
    </message>
    <message>
        <source>Lists your sessions, with the ones on hold and the messages you have not read.</source>
        <translation>Liste vos sessions, avec celles en attente et les messages non lus.</translation>
    </message>
    <message>
        <source>Goes to another session (the next one, or the one named); the one you leave goes on hold.</source>
        <translation>Passe à une autre session (la suivante, ou celle indiquée) ; celle que vous quittez est mise en attente.</translation>
    </message>
    <message>
        <source>Puts the current session on hold; :switch brings it back.</source>
        <translation>Met la session actuelle en attente ; :switch la reprend.</translation>
    </message>
    <message>
        <source>&lt;colleague&gt;</source>
        <translation>&lt;collègue&gt;</translation>
    </message>
    <message>
        <source>Hands the current customer to a colleague, who gets them first in line.</source>
        <translation>Transfère le client actuel à un collègue, qui le reçoit en tête de sa file.</translation>
    </message>
    <message>
        <source>Invites a colleague into the current session (a conference).</source>
        <translation>Invite un collègue dans la session actuelle (une conférence).</translation>
    </message>
    <message>
        <source>Lists the colleagues online, for :transfer and :invite.</source>
        <translation>Liste les collègues connectés, pour :transfer et :invite.</translation>
    </message>
    <message>
        <source>Joins the session a colleague invited you into.</source>
        <translation>Rejoint la session à laquelle un collègue vous a invité.</translation>
    </message>
    <message>
        <source>Declines a colleague's invitation.</source>
        <translation>Refuse l'invitation d'un collègue.</translation>
    </message>
    <message>
        <source>Lists your contacts and whether they are free.</source>
        <translation>Liste vos contacts et indique s'ils sont libres.</translation>
    </message>
    <message>
        <source>Adds the current customer to your contacts.</source>
        <translation>Ajoute le client actuel à vos contacts.</translation>
    </message>
    <message>
        <source>&lt;name&gt; [internet|wifi]</source>
        <translation>&lt;nom&gt; [internet|wifi]</translation>
    </message>
    <message>
        <source>Invites a free contact to a session about the service (Internet unless you say wifi).</source>
        <translation>Invite un contact libre à une session sur le service (Internet, sauf si vous dites wifi).</translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;nom&gt;</translation>
    </message>
    <message>
        <source>Removes someone from your contacts.</source>
        <translation>Retire quelqu'un de vos contacts.</translation>
    </message>
    <message>
        <source>Ends the conversation with the customer you are attending.</source>
        <translation>Termine la conversation avec le client que vous prenez en charge.</translation>
    </message>
    <message>
        <source>Makes you available for customers again (also ends after-call work).</source>
        <translation>Vous rend de nouveau disponible pour les clients (termine aussi le travail après conversation).</translation>
    </message>
    <message>
        <source>&lt;reason&gt;</source>
        <translation>&lt;motif&gt;</translation>
    </message>
    <message>
        <source>Sets you away, with a reason; no customer is offered to you.</source>
        <translation>Vous met absent, avec un motif ; aucun client ne vous est proposé.</translation>
    </message>
    <message>
        <source>Lists the commands.</source>
        <translation>Liste les commandes.</translation>
    </message>
    <message>
        <source>Logs out and ends the program.</source>
        <translation>Vous déconnecte et quitte le programme.</translation>
    </message>
    <message>
        <source>Shows the entries before those of the last history shown.</source>
        <translation>Affiche les entrées antérieures à celles du dernier historique affiché.</translation>
    </message>
    <message>
        <source>There is nothing older in the history shown last.</source>
        <translation>Il n'y a rien de plus ancien dans le dernier historique affiché.</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveLoginPage</name>
    <message>
        <source>Executive desk</source>
        <translation>Poste de conseiller</translation>
    </message>
    <message>
        <source>Hi! Welcome. Enter your username and password to start attending customers.</source>
        <translation>Bonjour ! Bienvenue. Saisissez votre identifiant et votre mot de passe pour commencer à aider les clients.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveMainPage</name>
    <message>
        <source>Services:</source>
        <translation>Services :</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>None assigned</source>
        <translation>Aucun attribué</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Ready &amp;now</source>
        <translation>&amp;Prêt maintenant</translation>
    </message>
    <message>
        <source>Become available for customers again (or type :ready).</source>
        <translation>Redevenez disponible pour les clients (ou tapez :ready).</translation>
    </message>
    <message>
        <source>The note was added to the history.</source>
        <translation>La note a été ajoutée à l'historique.</translation>
    </message>
    <message>
        <source>You are now talking with %1; your other sessions wait in their tabs above.</source>
        <translation>Vous êtes maintenant en conversation avec %1 ; vos autres sessions attendent dans leurs onglets ci-dessus.</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveSession</name>
    <message>
        <source>Enter your username and password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>You rejected %1; the next executive is offered them.</source>
        <translation>Vous avez refusé %1 ; il est proposé au conseiller suivant.</translation>
    </message>
    <message>
        <source>The offer of %1 was not answered in time and went to the next executive.</source>
        <translation>L'appel de %1 n'a pas été pris à temps et est passé au conseiller suivant.</translation>
    </message>
    <message>
        <source>%1 left the queue.</source>
        <translation>%1 a quitté la file d'attente.</translation>
    </message>
    <message>
        <source>The offer of %1 was withdrawn.</source>
        <translation>L'appel de %1 a été retiré.</translation>
    </message>
    <message>
        <source>%1 ended the session.</source>
        <translation>%1 a mis fin à la session.</translation>
    </message>
    <message>
        <source>You ended the session with %1.</source>
        <translation>Vous avez mis fin à la session avec %1.</translation>
    </message>
    <message>
        <source>%1 disconnected; the session ended.</source>
        <translation>%1 s'est déconnecté ; la session est terminée.</translation>
    </message>
    <message>
        <source>missed offers</source>
        <translation>offres manquées</translation>
    </message>
    <message>
        <source>You missed several offers in a row, so you were set to Away. Choose Available when you are ready.</source>
        <translation>Vous avez manqué plusieurs offres d'affilée : vous êtes passé Absent. Choisissez Disponible quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Restarting the internet service of %1…</source>
        <translation>Redémarrage du service internet de %1…</translation>
    </message>
    <message>
        <source>%1 is asked for a new Wi-Fi password.</source>
        <translation>Un nouveau mot de passe Wi-Fi est demandé à %1.</translation>
    </message>
    <message>
        <source>The internet service of %1 was restarted.</source>
        <translation>Le service internet de %1 a été redémarré.</translation>
    </message>
    <message>
        <source>%1 changed the Wi-Fi password; the Wi-Fi was restarted.</source>
        <translation>%1 a changé le mot de passe Wi-Fi ; le Wi-Fi a été redémarré.</translation>
    </message>
    <message>
        <source>The internet restart of %1 failed: %2</source>
        <translation>Le redémarrage internet de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The Wi-Fi change of %1 failed: %2</source>
        <translation>Le changement Wi-Fi de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>You left the session with %1.</source>
        <translation>Vous avez quitté la session avec %1.</translation>
    </message>
    <message>
        <source>You transferred %1.</source>
        <translation>Vous avez transféré %1.</translation>
    </message>
    <message>
        <source>You transferred %1 to %2.</source>
        <translation>Vous avez transféré %1 à %2.</translation>
    </message>
    <message>
        <source>You declined the invitation from %1.</source>
        <translation>Vous avez refusé l'invitation de %1.</translation>
    </message>
    <message>
        <source>The invitation from %1 expired.</source>
        <translation>L'invitation de %1 a expiré.</translation>
    </message>
    <message>
        <source>The invitation from %1 was withdrawn.</source>
        <translation>L'invitation de %1 a été retirée.</translation>
    </message>
    <message>
        <source>%1 accepted your invitation.</source>
        <translation>%1 a accepté votre invitation.</translation>
    </message>
    <message>
        <source>%1 declined your invitation.</source>
        <translation>%1 a refusé votre invitation.</translation>
    </message>
    <message>
        <source>%1 did not answer your invitation in time.</source>
        <translation>%1 n'a pas répondu à votre invitation à temps.</translation>
    </message>
    <message>
        <source>Your invitation to %1 was cancelled.</source>
        <translation>Votre invitation à %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 joined the session.</source>
        <translation>%1 a rejoint la session.</translation>
    </message>
    <message>
        <source>%1 left the session.</source>
        <translation>%1 a quitté la session.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>waiting for an executive</source>
        <translation>en attente d'un conseiller</translation>
    </message>
    <message>
        <source>in a session</source>
        <translation>en session</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveTerminal</name>
    <message>
        <source>Hi! Welcome, enter your username and password</source>
        <translation>Bonjour ! Bienvenue, saisissez votre identifiant et votre mot de passe</translation>
    </message>
    <message>
        <source>user:</source>
        <comment>terminal prompt for the username</comment>
        <translation>utilisateur :</translation>
    </message>
    <message>
        <source>password:</source>
        <comment>terminal prompt</comment>
        <translation>mot de passe :</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>terminal prompt with the executive's first name</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Hi %1, right now there are:</source>
        <translation>Bonjour %1, il y a en ce moment :</translation>
    </message>
    <message>
        <source>%1 [%2]: %3</source>
        <comment>a chat message in the terminal: sender, time (HH:mm), text</comment>
        <translation>%1 [%2] : %3</translation>
    </message>
    <message>
        <source>The customer %1 wants to connect (last action: %2). Type :connect to accept or :reject to decline; it rings for %3 s.</source>
        <translation>Le client %1 souhaite être mis en relation (dernière action : %2). Tapez :connect pour accepter ou :reject pour refuser ; il sonne pendant %3 s.</translation>
    </message>
    <message>
        <source>You are now talking with %1.</source>
        <translation>Vous êtes maintenant en conversation avec %1.</translation>
    </message>
    <message>
        <source>Type a message and press Enter to send it; :end ends the session.</source>
        <translation>Tapez un message et appuyez sur Entrée pour l'envoyer ; :end termine la session.</translation>
    </message>
    <message>
        <source>(delivered %1)</source>
        <comment>an own chat message reached the server at this time (HH:mm)</comment>
        <translation>(remis %1)</translation>
    </message>
    <message>
        <source>Type :ready when you are back.</source>
        <translation>Tapez :ready à votre retour.</translation>
    </message>
    <message>
        <source>The note was added to the history.</source>
        <translation>La note a été ajoutée à l'historique.</translation>
    </message>
    <message>
        <source>You joined the conversation with %1 as a guest.</source>
        <translation>Vous avez rejoint la conversation avec %1 en tant qu'invité.</translation>
    </message>
    <message>
        <source>Type a message and press Enter to send it; :end leaves the conversation.</source>
        <translation>Tapez un message et appuyez sur Entrée pour l'envoyer ; :end quitte la conversation.</translation>
    </message>
    <message>
        <source>Your other sessions wait meanwhile: :sessions lists them, :switch goes to one.</source>
        <translation>Vos autres sessions attendent pendant ce temps : :sessions les liste, :switch passe à l'une d'elles.</translation>
    </message>
    <message>
        <source>%1 invites you into the session with %2 (%3). Type :accept to join or :decline; it rings for %4 s.</source>
        <translation>%1 vous invite dans la session avec %2 (%3). Tapez :accept pour la rejoindre ou :decline pour refuser ; l'invitation sonne pendant %4 s.</translation>
    </message>
    <message>
        <source>%1 is on hold; they are told you will be back. Type :switch to go back to them.</source>
        <translation>%1 est en attente ; on lui indique que vous allez revenir. Tapez :switch pour reprendre cette personne.</translation>
    </message>
    <message>
        <source>You are back with %1.</source>
        <translation>Vous êtes de retour avec %1.</translation>
    </message>
    <message>
        <source>%1 is in front now, on hold; type :switch to take them back.</source>
        <translation>%1 est maintenant au premier plan, en attente ; tapez :switch pour le reprendre.</translation>
    </message>
    <message>
        <source>You are now with %1.</source>
        <translation>Vous êtes maintenant avec %1.</translation>
    </message>
    <message>
        <source>%1 [%2] (on hold): %3</source>
        <comment>a message from a session on hold: sender, time, text</comment>
        <translation>%1 [%2] (en attente) : %3</translation>
    </message>
    <message>
        <source>%1 [%2] (session with %3, in the background): %4</source>
        <comment>a message from a session not in front: sender, time, customer, text</comment>
        <translation>%1 [%2] (session avec %3, en arrière-plan) : %4</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveTexts</name>
    <message>
        <source>Restarted the internet service</source>
        <translation>A redémarré le service internet</translation>
    </message>
    <message>
        <source>Tried to restart the internet service, which failed</source>
        <translation>A tenté de redémarrer le service internet, sans succès</translation>
    </message>
    <message>
        <source>Changed the Wi-Fi password</source>
        <translation>A changé le mot de passe Wi-Fi</translation>
    </message>
    <message>
        <source>Tried to change the Wi-Fi password, which failed</source>
        <translation>A tenté de changer le mot de passe Wi-Fi, sans succès</translation>
    </message>
    <message>
        <source>Nothing in self-service yet</source>
        <translation>Rien en libre-service pour l'instant</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Travail après conversation</translation>
    </message>
    <message>
        <source>You are available for customers.</source>
        <translation>Vous êtes disponible pour les clients.</translation>
    </message>
    <message>
        <source>You are away; no customer will be offered to you.</source>
        <translation>Vous êtes absent ; aucun client ne vous sera proposé.</translation>
    </message>
    <message>
        <source>You are away (%1); no customer will be offered to you.</source>
        <translation>Vous êtes absent (%1) ; aucun client ne vous sera proposé.</translation>
    </message>
    <message>
        <source>You are in a session.</source>
        <translation>Vous êtes en conversation.</translation>
    </message>
    <message>
        <source>After-call work: new offers in 1 second.</source>
        <translation>Travail après conversation : nouvelles offres dans 1 seconde.</translation>
    </message>
    <message numerus="yes">
        <source>After-call work: new offers in %n seconds.</source>
        <translation><numerusform>Travail après conversation : nouvelles offres dans %n seconde.</numerusform><numerusform>Travail après conversation : nouvelles offres dans %n secondes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The note is %n characters too long; shorten it and add it again.</source>
        <translation><numerusform>La note a %n caractère de trop ; raccourcissez-la et ajoutez-la à nouveau.</numerusform><numerusform>La note a %n caractères de trop ; raccourcissez-la et ajoutez-la à nouveau.</numerusform></translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>S'est connecté.</translation>
    </message>
    <message>
        <source>A log-in failed.</source>
        <translation>Une connexion a échoué.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>S'est déconnecté.</translation>
    </message>
    <message>
        <source>Restarted the internet service.</source>
        <translation>A redémarré le service internet.</translation>
    </message>
    <message>
        <source>An internet service restart failed.</source>
        <translation>Un redémarrage du service internet a échoué.</translation>
    </message>
    <message>
        <source>Changed the Wi-Fi password.</source>
        <translation>A changé le mot de passe Wi-Fi.</translation>
    </message>
    <message>
        <source>A Wi-Fi password change failed.</source>
        <translation>Un changement de mot de passe Wi-Fi a échoué.</translation>
    </message>
    <message>
        <source>Asked for an executive (%1).</source>
        <translation>A demandé un conseiller (%1).</translation>
    </message>
    <message>
        <source>Was attended by an executive (%1).</source>
        <translation>A été pris en charge par un conseiller (%1).</translation>
    </message>
    <message>
        <source>Left the queue.</source>
        <translation>A quitté la file d'attente.</translation>
    </message>
    <message>
        <source>A conversation with %1 ended (%2).</source>
        <translation>Une conversation avec %1 s'est terminée (%2).</translation>
    </message>
    <message>
        <source>Note by %1: %2</source>
        <translation>Note de %1 : %2</translation>
    </message>
    <message>
        <source>Came back after a dropped connection.</source>
        <translation>Est revenu après une coupure de connexion.</translation>
    </message>
    <message>
        <source>Was transferred between executives (%1).</source>
        <translation>A été transféré entre conseillers (%1).</translation>
    </message>
    <message>
        <source>Was put on hold.</source>
        <translation>A été mis en attente.</translation>
    </message>
    <message>
        <source>Was taken off hold.</source>
        <translation>N'est plus en attente.</translation>
    </message>
    <message>
        <source>Another executive joined the conversation.</source>
        <translation>Un autre conseiller a rejoint la conversation.</translation>
    </message>
    <message>
        <source>An executive left the conversation.</source>
        <translation>Un conseiller a quitté la conversation.</translation>
    </message>
    <message>
        <source>Was invited to a conversation by an executive (%1).</source>
        <translation>A été invité à une conversation par un conseiller (%1).</translation>
    </message>
    <message>
        <source>Was asked for a new Wi-Fi password.</source>
        <translation>Un nouveau mot de passe Wi-Fi lui a été demandé.</translation>
    </message>
    <message>
        <source>Was offered to an executive (%1).</source>
        <translation>A été proposé à un conseiller (%1).</translation>
    </message>
    <message>
        <source>An executive (%1) passed the offer on.</source>
        <translation>Un conseiller (%1) a laissé passer l'appel.</translation>
    </message>
    <message>
        <source>An offer to an executive (%1) was not answered in time.</source>
        <translation>Un appel à un conseiller (%1) n'a pas été pris à temps.</translation>
    </message>
    <message>
        <source>Left the queue while being offered to an executive.</source>
        <translation>A quitté la file alors qu'il était proposé à un conseiller.</translation>
    </message>
    <message>
        <source>An offer to an executive (%1) was withdrawn.</source>
        <translation>Un appel à un conseiller (%1) a été retiré.</translation>
    </message>
    <message>
        <source>Did not come back in time after a dropped connection.</source>
        <translation>N'est pas revenu à temps après une coupure de connexion.</translation>
    </message>
    <message>
        <source>Created their account.</source>
        <translation>A créé son compte.</translation>
    </message>
    <message>
        <source>An account sign-up failed.</source>
        <translation>La création d'un compte a échoué.</translation>
    </message>
    <message>
        <source>Changed their account password.</source>
        <translation>A changé le mot de passe de son compte.</translation>
    </message>
    <message>
        <source>An account password change failed.</source>
        <translation>Un changement du mot de passe du compte a échoué.</translation>
    </message>
    <message>
        <source>Changed the name they are greeted with.</source>
        <translation>A changé le nom sous lequel on l'accueille.</translation>
    </message>
    <message>
        <source>A change of their name failed.</source>
        <translation>Un changement de son nom a échoué.</translation>
    </message>
</context>
<context>
    <name>Turno::ExecutiveWindow</name>
    <message>
        <source>Turno executive desk</source>
        <translation>Turno : poste de conseiller</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <comment>shortcut for Log out</comment>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Checking your username and password…</source>
        <translation>Vérification de votre identifiant et de votre mot de passe…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting to %1…</source>
        <translation>Connexion perdue ; reconnexion à %1…</translation>
    </message>
    <message>
        <source>%1 wrote in another session: %2</source>
        <translation>%1 a écrit dans une autre session : %2</translation>
    </message>
    <message>
        <source>&amp;Connected customers…</source>
        <translation>&amp;Clients connectés…</translation>
    </message>
    <message>
        <source>The customers connected now and what each one did last (or type :details).</source>
        <translation>Les clients connectés en ce moment et la dernière action de chacun (ou tapez :details).</translation>
    </message>
</context>
<context>
    <name>Turno::HistoryPanel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The customer you attend, and their history, appear here. To read the history of someone waiting, select them in the line and press History.</source>
        <translation>Le client que vous prenez en charge et son historique apparaissent ici. Pour lire l'historique d'un client en attente, choisissez-le dans la file et appuyez sur Historique.</translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation>Revenir à la session</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>Historique, le plus récent d'abord</translation>
    </message>
    <message>
        <source>A note for the history</source>
        <translation>Une note pour l'historique</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>Adds the note to the customer's history (%1 goes to the note field; Enter adds it).</source>
        <translation>Ajoute la note à l'historique du client (%1 va au champ de la note ; Entrée l'ajoute).</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service : %1</translation>
    </message>
    <message>
        <source>In session since %1</source>
        <translation>En session depuis %1</translation>
    </message>
    <message>
        <source>You joined this conversation as a guest.</source>
        <translation>Vous avez rejoint cette conversation en tant qu'invité.</translation>
    </message>
    <message>
        <source>In this conversation: %1</source>
        <translation>Dans cette conversation : %1</translation>
    </message>
    <message>
        <source>Waiting for %1 since %2</source>
        <translation>En attente (%1) depuis %2</translation>
    </message>
    <message>
        <source>Last action: %1</source>
        <translation>Dernière action : %1</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Chargement de l'historique…</translation>
    </message>
    <message>
        <source>Nothing in the history yet.</source>
        <translation>Rien dans l'historique pour l'instant.</translation>
    </message>
    <message>
        <source>Loading older entries…</source>
        <translation>Chargement des entrées plus anciennes…</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Voir les entrées plus anciennes</translation>
    </message>
</context>
<context>
    <name>Turno::InvitationDialog</name>
    <message>
        <source>Invitation from %1</source>
        <translation>Invitation de %1</translation>
    </message>
    <message>
        <source>Press Enter to accept or Esc to decline.</source>
        <translation>Appuyez sur Entrée pour accepter ou sur Échap pour refuser.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message numerus="yes">
        <source>This invitation expires in %n seconds.</source>
        <translation><numerusform>Cette invitation expire dans %n seconde.</numerusform><numerusform>Cette invitation expire dans %n secondes.</numerusform></translation>
    </message>
    <message>
        <source>This invitation expires in 1 second.</source>
        <translation>Cette invitation expire dans 1 seconde.</translation>
    </message>
    <message>
        <source>This invitation is expiring.</source>
        <translation>Cette invitation est sur le point d'expirer.</translation>
    </message>
    <message>
        <source>Connecting you with %1…</source>
        <translation>Mise en relation avec %1…</translation>
    </message>
</context>
<context>
    <name>Turno::InvitationPanel</name>
    <message>
        <source>&amp;Join</source>
        <translation>Re&amp;joindre</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Join the session (%1).</source>
        <translation>Rejoint la session (%1).</translation>
    </message>
    <message>
        <source>Decline the invitation (%1).</source>
        <translation>Refuse l'invitation (%1).</translation>
    </message>
    <message>
        <source>Press %1 to join, %2 to decline.</source>
        <translation>Appuyez sur %1 pour rejoindre, %2 pour refuser.</translation>
    </message>
    <message>
        <source>%1 invites you into the session with %2 (%3).</source>
        <translation>%1 vous invite dans la session avec %2 (%3).</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Réponse en cours…</translation>
    </message>
    <message>
        <source>%1 s left to answer</source>
        <translation>Encore %1 s pour répondre</translation>
    </message>
    <message>
        <source>Time is up.</source>
        <translation>Le temps est écoulé.</translation>
    </message>
</context>
<context>
    <name>Turno::LoginPage</name>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>Turno::OfferPanel</name>
    <message>
        <source>Last action:</source>
        <translation>Dernière action :</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>%1 wants to talk with you</source>
        <translation>%1 souhaite vous parler</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Réponse en cours…</translation>
    </message>
    <message>
        <source>%1 s left to answer</source>
        <translation>Encore %1 s pour répondre</translation>
    </message>
    <message>
        <source>Time is up; the offer goes to the next executive.</source>
        <translation>Le temps est écoulé ; le client passe au conseiller suivant.</translation>
    </message>
    <message>
        <source>Press %1 or %2 to accept, %3 or %4 to reject.</source>
        <translation>Appuyez sur %1 ou %2 pour accepter, %3 ou %4 pour refuser.</translation>
    </message>
</context>
<context>
    <name>Turno::QueuePage</name>
    <message>
        <source>You are in line for an executive.</source>
        <translation>Vous êtes dans la file d'attente pour un conseiller.</translation>
    </message>
    <message>
        <source>Keep this window open. An executive will talk with you here as soon as one is free.</source>
        <translation>Gardez cette fenêtre ouverte. Un conseiller vous parlera ici dès qu'il sera libre.</translation>
    </message>
    <message>
        <source>&amp;Leave the queue</source>
        <translation>&amp;Quitter la file d'attente</translation>
    </message>
    <message>
        <source>Press Esc to leave the queue.</source>
        <translation>Appuyez sur Échap pour quitter la file d'attente.</translation>
    </message>
    <message>
        <source>Finding your place in line…</source>
        <translation>Recherche de votre place dans la file…</translation>
    </message>
</context>
<context>
    <name>Turno::QueuePanel</name>
    <message>
        <source>Waiting customers</source>
        <translation>Clients en attente</translation>
    </message>
    <message>
        <source>No customers waiting</source>
        <translation>Aucun client en attente</translation>
    </message>
    <message>
        <source>Customers who ask to talk to an executive appear here.</source>
        <translation>Les clients qui demandent à parler à un conseiller apparaissent ici.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Waiting customers, oldest first</source>
        <translation>Clients en attente, du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>Connect ne&amp;xt</source>
        <translation>Prendre le s&amp;uivant</translation>
    </message>
    <message>
        <source>Take the customer who has waited longest (%1, or type :connect).</source>
        <translation>Prenez le client qui attend depuis le plus longtemps (%1, ou tapez :connect).</translation>
    </message>
    <message>
        <source>&amp;Connect selected</source>
        <translation>&amp;Prendre le client choisi</translation>
    </message>
    <message>
        <source>Take the selected customer now (also a double-click on the row).</source>
        <translation>Prenez maintenant le client choisi (ou double-cliquez sur la ligne).</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Show the selected customer's history beside the conversation (%1).</source>
        <translation>Affiche l'historique du client choisi à côté de la conversation (%1).</translation>
    </message>
    <message>
        <source>Waiting customers (%1, the oldest %2 shown)</source>
        <translation>Clients en attente (%1 ; les %2 plus anciens affichés)</translation>
    </message>
    <message>
        <source>Waiting customers (%1)</source>
        <translation>Clients en attente (%1)</translation>
    </message>
</context>
<context>
    <name>Turno::RequestDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>Turno::Server::AccountService</name>
    <message>
        <source>New client %1 signed up.</source>
        <translation>Nouveau client %1 inscrit.</translation>
    </message>
    <message>
        <source>Client %1 changed their password.</source>
        <translation>Le client %1 a changé son mot de passe.</translation>
    </message>
    <message>
        <source>Client %1 is now called %2.</source>
        <translation>Le client %1 s'appelle désormais %2.</translation>
    </message>
</context>
<context>
    <name>Turno::Server::ContactCenter</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d'écouter sur %1 port %2 : %3</translation>
    </message>
    <message>
        <source>Listening on %1 port %2.</source>
        <translation>En écoute sur %1 port %2.</translation>
    </message>
    <message>
        <source>Internet service restart for client %1.</source>
        <translation>Redémarrage du service internet du client %1.</translation>
    </message>
    <message>
        <source>Internet service restart for client %1 failed: %2</source>
        <translation>Échec du redémarrage du service internet du client %1 : %2</translation>
    </message>
    <message>
        <source>Wi-Fi password change for client %1.</source>
        <translation>Changement du mot de passe Wi-Fi du client %1.</translation>
    </message>
    <message>
        <source>Wi-Fi password change for client %1 failed: %2</source>
        <translation>Échec du changement du mot de passe Wi-Fi du client %1 : %2</translation>
    </message>
    <message>
        <source>--plaintext listens only on a loopback address (127.0.0.1 or ::1), never on %1: without TLS, passwords would cross the network in clear.</source>
        <translation>--plaintext n'écoute que sur une adresse loopback (127.0.0.1 ou ::1), jamais sur %1 : sans TLS, les mots de passe traverseraient le réseau en clair.</translation>
    </message>
    <message>
        <source>WARNING: --plaintext: connections are NOT encrypted. Use this only for debugging on this machine.</source>
        <translation>ATTENTION : --plaintext : les connexions ne sont PAS chiffrées. À utiliser uniquement pour déboguer sur cette machine.</translation>
    </message>
    <message>
        <source>No TLS certificate and key to listen with (or --plaintext for debugging on this machine).</source>
        <translation>Aucun certificat ni clé TLS pour écouter (ou --plaintext pour déboguer sur cette machine).</translation>
    </message>
</context>
<context>
    <name>Turno::Server::LogWindow</name>
    <message>
        <source>Turno server</source>
        <translation>Serveur Turno</translation>
    </message>
    <message>
        <source>Filter the log (Ctrl+F)</source>
        <translation>Filtrer le journal (Ctrl+F)</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Journal du serveur</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>&amp;Clear log</source>
        <translation>&amp;Effacer le journal</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Connected customers (%1)</source>
        <translation>Clients connectés (%1)</translation>
    </message>
    <message>
        <source>Connected executives (%1)</source>
        <translation>Conseillers connectés (%1)</translation>
    </message>
    <message>
        <source>Listening on %1 port %2</source>
        <translation>En écoute sur %1 port %2</translation>
    </message>
</context>
<context>
    <name>Turno::Server::PresenceBoard</name>
    <message>
        <source>Executive %1 is now available.</source>
        <translation>Le conseiller %1 est maintenant disponible.</translation>
    </message>
    <message>
        <source>Executive %1 is now away.</source>
        <translation>Le conseiller %1 est maintenant absent.</translation>
    </message>
    <message>
        <source>Executive %1 is now away (%2).</source>
        <translation>Le conseiller %1 est maintenant absent (%2).</translation>
    </message>
    <message>
        <source>Executive %1 is now busy in a session.</source>
        <translation>Le conseiller %1 est maintenant occupé dans une conversation.</translation>
    </message>
    <message>
        <source>Executive %1 is now in after-call work.</source>
        <translation>Le conseiller %1 est maintenant en travail après conversation.</translation>
    </message>
</context>
<context>
    <name>Turno::Server::Roster</name>
    <message>
        <source>Client %1 connected.</source>
        <translation>Client %1 connecté.</translation>
    </message>
    <message>
        <source>Executive %1 connected.</source>
        <translation>Conseiller %1 connecté.</translation>
    </message>
    <message>
        <source>Client %1 disconnected.</source>
        <translation>Client %1 déconnecté.</translation>
    </message>
    <message>
        <source>Executive %1 disconnected.</source>
        <translation>Conseiller %1 déconnecté.</translation>
    </message>
    <message>
        <source>Client %1 did not come back in time; their place was released.</source>
        <translation>Le client %1 n'est pas revenu à temps ; sa place a été libérée.</translation>
    </message>
    <message>
        <source>Client %1 reconnected.</source>
        <translation>Client %1 reconnecté.</translation>
    </message>
</context>
<context>
    <name>Turno::Server::SessionDesk</name>
    <message>
        <source>Client %1 is waiting for an executive (%2).</source>
        <translation>Le client %1 attend un conseiller (%2).</translation>
    </message>
    <message>
        <source>Client %1 offered to executive %2.</source>
        <translation>Client %1 proposé au conseiller %2.</translation>
    </message>
    <message>
        <source>Executive %1 rejected client %2.</source>
        <translation>Le conseiller %1 a refusé le client %2.</translation>
    </message>
    <message>
        <source>Executive %1 did not answer the offer of client %2.</source>
        <translation>Le conseiller %1 n'a pas répondu pour le client %2.</translation>
    </message>
    <message>
        <source>Client %1 redirected to executive %2.</source>
        <translation>Client %1 redirigé vers le conseiller %2.</translation>
    </message>
    <message>
        <source>Session of client %1 with executive %2 ended.</source>
        <translation>Fin de la conversation du client %1 avec le conseiller %2.</translation>
    </message>
    <message>
        <source>Client %1 left the queue.</source>
        <translation>Le client %1 a quitté la file d'attente.</translation>
    </message>
    <message>
        <source>Executive %1 is now offline.</source>
        <translation>Le conseiller %1 est maintenant hors ligne.</translation>
    </message>
    <message>
        <source>Executive %1 put client %2 on hold.</source>
        <translation>Le conseiller %1 a mis le client %2 en attente.</translation>
    </message>
    <message>
        <source>Executive %1 is back with client %2.</source>
        <translation>Le conseiller %1 reprend le client %2.</translation>
    </message>
    <message>
        <source>Executive %1 transferred client %2 to executive %3.</source>
        <translation>Le conseiller %1 a transféré le client %2 au conseiller %3.</translation>
    </message>
    <message>
        <source>Executive %1 invited executive %2 into the session with client %3.</source>
        <translation>Le conseiller %1 a invité le conseiller %2 dans la session avec le client %3.</translation>
    </message>
    <message>
        <source>Executive %1 joined the session of client %2 with executive %3.</source>
        <translation>Le conseiller %1 a rejoint la session du client %2 avec le conseiller %3.</translation>
    </message>
    <message>
        <source>Executive %1 left the session of client %2.</source>
        <translation>Le conseiller %1 a quitté la session du client %2.</translation>
    </message>
    <message>
        <source>Executive %1 invited client %2 to a session.</source>
        <translation>Le conseiller %1 a invité le client %2 à une session.</translation>
    </message>
</context>
<context>
    <name>Turno::ServerKey</name>
    <message>
        <source>This is your first connection to %1. Its certificate is not signed by an authority this computer knows, so check its key before you trust it.

Server key (SHA-256):
%2

Ask your administrator for the fingerprint that "turno-server fingerprint" prints and compare it. Once trusted, this key is remembered and you will not be asked again.</source>
        <translation>C'est votre première connexion à %1. Son certificat n'est signé par aucune autorité que cet ordinateur connaît : vérifiez sa clé avant de lui faire confiance.

Clé du serveur (SHA-256) :
%2

Demandez à votre administrateur l'empreinte qu'affiche « turno-server fingerprint » et comparez-la. Une fois acceptée, cette clé est retenue et la question ne vous sera plus posée.</translation>
    </message>
    <message>
        <source>WARNING: the key of %1 has changed. Someone may be intercepting the connection, or the server was given a new key. Nothing was sent.

Remembered key (SHA-256):
%2

Key presented now:
%3

If your administrator confirms the new key, accept it deliberately: start with --trust-fingerprint and the new key, or confirm it in the window.</source>
        <translation>ATTENTION : la clé de %1 a changé. Quelqu'un intercepte peut-être la connexion, ou le serveur a reçu une nouvelle clé. Rien n'a été envoyé.

Clé retenue (SHA-256) :
%2

Clé présentée maintenant :
%3

Si votre administrateur confirme la nouvelle clé, acceptez-la délibérément : lancez avec --trust-fingerprint et la nouvelle clé, ou confirmez-la dans la fenêtre.</translation>
    </message>
    <message>
        <source>Trust this server? (yes/no):</source>
        <translation>Faire confiance à ce serveur ? (oui/non) :</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>answer to "Trust this server?"</comment>
        <translation>oui</translation>
    </message>
    <message>
        <source>WARNING: --plaintext: this connection is NOT encrypted. Passwords and messages cross the network in clear. Use it only for debugging on this machine.</source>
        <translation>ATTENTION : --plaintext : cette connexion n'est PAS chiffrée. Les mots de passe et les messages traversent le réseau en clair. À utiliser uniquement pour déboguer sur cette machine.</translation>
    </message>
</context>
<context>
    <name>Turno::ServerKeyDialog</name>
    <message>
        <source>The server's key has changed</source>
        <translation>La clé du serveur a changé</translation>
    </message>
    <message>
        <source>Check the server's key</source>
        <translation>Vérifiez la clé du serveur</translation>
    </message>
    <message>
        <source>Trust the new key</source>
        <translation>Faire confiance à la nouvelle clé</translation>
    </message>
    <message>
        <source>Trust this server</source>
        <translation>Faire confiance à ce serveur</translation>
    </message>
    <message>
        <source>I have confirmed the new key with the server's administrator</source>
        <translation>J'ai confirmé la nouvelle clé avec l'administrateur du serveur</translation>
    </message>
    <message>
        <source>%1 — NOT ENCRYPTED (--plaintext)</source>
        <translation>%1 — NON CHIFFRÉ (--plaintext)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Turno::SessionSwitcher</name>
    <message>
        <source>Your sessions</source>
        <translation>Vos sessions</translation>
    </message>
    <message>
        <source>%1 · conference</source>
        <comment>a session tab: a colleague's session this executive joined</comment>
        <translation>%1 · conférence</translation>
    </message>
    <message>
        <source>%1 · on hold</source>
        <comment>a session tab</comment>
        <translation>%1 · en attente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session tab and its unread messages</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <comment>tooltip: customer, service</comment>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <comment>tooltip: customer, service, states</comment>
        <translation>%1, %2 : %3.</translation>
    </message>
    <message>
        <source>%1 Press %2 to go to it.</source>
        <translation>%1 Appuyez sur %2 pour y aller.</translation>
    </message>
</context>
<context>
    <name>Turno::Storage::Migrator</name>
    <message>
        <source>The database %1 has schema version %2, but this turno-server only knows versions up to %3. Use a newer turno-server with it; the file was left untouched.</source>
        <translation>La base de données %1 a la version de schéma %2, mais ce turno-server ne connaît que les versions jusqu'à %3. Utilisez-la avec un turno-server plus récent ; le fichier n'a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>Turno::TerminalChat</name>
    <message>
        <source>You are now talking with %1.</source>
        <translation>Vous êtes maintenant en conversation avec %1.</translation>
    </message>
    <message>
        <source>Type your message and press Enter. Type :end to end the conversation.</source>
        <translation>Écrivez votre message et appuyez sur Entrée. Tapez :terminer pour terminer la conversation.</translation>
    </message>
    <message>
        <source>%1 [%2]: %3</source>
        <comment>name [time]: chat message</comment>
        <translation>%1 [%2] : %3</translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <comment>a line said by the assistant in the terminal dialog</comment>
        <translation>Assistant : %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>place in line, then the estimated wait</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>You are in line for an executive. %1 %2</source>
        <translation>Vous êtes dans la file d'attente pour un conseiller. %1 %2</translation>
    </message>
    <message>
        <source>Type leave to leave the queue.</source>
        <translation>Tapez quitter pour quitter la file d'attente.</translation>
    </message>
    <message>
        <source>leave</source>
        <comment>typed while waiting in line, to leave it</comment>
        <translation>quitter</translation>
    </message>
    <message>
        <source>end</source>
        <comment>typed in a conversation, to end it</comment>
        <translation>terminer</translation>
    </message>
    <message>
        <source>You are still in line. Your message will be sent when an executive joins you.</source>
        <translation>Vous êtes toujours dans la file. Votre message sera envoyé dès qu'un conseiller vous rejoindra.</translation>
    </message>
    <message>
        <source>Your message could not be sent.</source>
        <translation>Votre message n'a pas pu être envoyé.</translation>
    </message>
    <message>
        <source>You [%1]: %2</source>
        <comment>time: own chat message</comment>
        <translation>Vous [%1] : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of your messages could not be delivered.</source>
        <translation><numerusform>%n de vos messages n'a pas pu être remis.</numerusform><numerusform>%n de vos messages n'ont pas pu être remis.</numerusform></translation>
    </message>
    <message>
        <source>%1 is restarting your Wi-Fi and asks you for a new Wi-Fi password.</source>
        <translation>%1 redémarre votre Wi-Fi et vous demande un nouveau mot de passe Wi-Fi.</translation>
    </message>
    <message>
        <source>We are updating your password</source>
        <translation>Nous mettons à jour votre mot de passe</translation>
    </message>
    <message>
        <source>Enter your new Wi-Fi password (8 to 63 characters), then repeat it on the next line:</source>
        <translation>Saisissez votre nouveau mot de passe Wi-Fi (8 à 63 caractères), puis répétez-le à la ligne suivante :</translation>
    </message>
</context>
<context>
    <name>Turno::TerminalDialog</name>
    <message>
        <source>Assistant: %1</source>
        <comment>a line said by the assistant in the terminal dialog</comment>
        <translation>Assistant : %1</translation>
    </message>
</context>
<context>
    <name>Turno::TopicDialog</name>
    <message>
        <source>Contact an executive</source>
        <translation>Contacter un conseiller</translation>
    </message>
    <message>
        <source>What would you like to talk about?</source>
        <translation>De quoi souhaitez-vous parler ?</translation>
    </message>
    <message>
        <source>My &amp;internet service</source>
        <translation>Mon service &amp;internet</translation>
    </message>
    <message>
        <source>My &amp;Wi-Fi network</source>
        <translation>Mon réseau &amp;Wi-Fi</translation>
    </message>
</context>
<context>
    <name>Turno::WifiPasswordDialog</name>
    <message>
        <source>Change Wi-Fi password</source>
        <translation>Changer le mot de passe Wi-Fi</translation>
    </message>
    <message>
        <source>Enter your new Wi-Fi password twice. It needs %1 to %2 characters: letters without accents, digits, spaces or symbols.</source>
        <translation>Saisissez deux fois votre nouveau mot de passe Wi-Fi. Il lui faut de %1 à %2 caractères : lettres sans accent, chiffres, espaces ou symboles.</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;épéter le mot de passe :</translation>
    </message>
    <message>
        <source>We are updating your password…</source>
        <translation>Nous mettons à jour votre mot de passe…</translation>
    </message>
</context>
</TS>