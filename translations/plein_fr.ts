<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/AppShell.qml" line="14" />
        <source>Feed</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="15" />
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="16" />
        <source>Chats</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="17" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="18" />
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="77" />
        <source>Groups are on their way</source>
        <translation>Les groupes arrivent bientôt</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="78" />
        <source>Soon you can find and join groups here. Until then, your groups' posts are in the feed.</source>
        <translation>Bientôt, vous pourrez trouver et rejoindre des groupes ici. En attendant, les messages de vos groupes sont dans le fil.</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="83" />
        <source>Chats are on their way</source>
        <translation>Les messages arrivent bientôt</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="84" />
        <source>Soon you can message colleagues directly here.</source>
        <translation>Bientôt, vous pourrez écrire directement à vos collègues ici.</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="89" />
        <source>People is on its way</source>
        <translation>Personnes arrive bientôt</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="90" />
        <source>Soon you can find colleagues by name and expertise here.</source>
        <translation>Bientôt, vous pourrez trouver vos collègues par nom et par expertise ici.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/Composer.qml" line="63" />
        <source>Share something with your colleagues…</source>
        <translation>Partagez quelque chose avec vos collègues…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="63" />
        <source>Write a post…</source>
        <translation>Écrire un message…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="71" />
        <source>New post</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="117" />
        <source>No groups yet</source>
        <translation>Pas encore de groupe</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="120" />
        <source>Post in: %1</source>
        <translation>Publier dans : %1</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="192" />
        <source>Ctrl+Enter to post</source>
        <translation>Ctrl+Entrée pour publier</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="202" />
        <source>Post</source>
        <translation>Publier</translation>
    </message>
</context>
<context>
    <name>ComposerGroups</name>
    <message>
        <location filename="../app/glue/ComposerGroups.cpp" line="20" />
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
</context>
<context>
    <name>EmptyFeed</name>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="25" />
        <source>No posts yet. Say hello!</source>
        <translation>Pas encore de messages. Dites bonjour !</translation>
    </message>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="39" />
        <source>Write a post</source>
        <translation>Écrire un message</translation>
    </message>
</context>
<context>
    <name>FeedScreen</name>
    <message>
        <location filename="../qml/FeedScreen.qml" line="24" />
        <source>Feed</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../qml/FeedScreen.qml" line="102" />
        <source>You are all caught up</source>
        <translation>Vous êtes à jour</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../qml/LoginScreen.qml" line="45" />
        <source>Welcome to Plein</source>
        <translation>Bienvenue sur Plein</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="55" />
        <source>Sign in with the details from your organisation.</source>
        <translation>Connectez-vous avec les informations de votre organisation.</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="76" />
        <location filename="../qml/LoginScreen.qml" line="83" />
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="88" />
        <location filename="../qml/LoginScreen.qml" line="95" />
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="94" />
        <source>name@organisation.nl</source>
        <translation>nom@organisation.fr</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="100" />
        <location filename="../qml/LoginScreen.qml" line="108" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118" />
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118" />
        <location filename="../qml/LoginScreen.qml" line="121" />
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>MePage</name>
    <message>
        <location filename="../qml/MePage.qml" line="76" />
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="78" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="88" />
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../qml/NavRail.qml" line="62" />
        <source>Me</source>
        <translation>Moi</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../qml/OfflineBanner.qml" line="23" />
        <source>Offline – you are seeing saved posts</source>
        <translation>Hors ligne – vous voyez les messages enregistrés</translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <location filename="../qml/PostCard.qml" line="28" />
        <source>%1 in %2: %3</source>
        <translation>%1 dans %2 : %3</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="30" />
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="71" />
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="117" />
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="117" />
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="130" />
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="137" />
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="160" />
        <source>%n like(s)</source>
        <translation><numerusform>%n j'aime</numerusform><numerusform>%n j'aime</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="166" />
        <source>%n comment(s)</source>
        <translation><numerusform>%n commentaire</numerusform><numerusform>%n commentaires</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="182" />
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="28" />
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/RelativeTime.cpp" line="30" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/RelativeTime.cpp" line="34" />
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="35" />
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/Sidebar.qml" line="82" />
        <source>Me: %1</source>
        <translation>Moi : %1</translation>
    </message>
</context>
<context>
    <name>SignInMessages</name>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="13" />
        <source>This is not a server address. Check it and try again, for example https://plein.example.nl.</source>
        <translation>Ce n'est pas une adresse de serveur. Vérifiez-la et réessayez, par exemple https://plein.example.nl.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="15" />
        <source>This address is not secure. Use an address that starts with https://.</source>
        <translation>Cette adresse n'est pas sécurisée. Utilisez une adresse qui commence par https://.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="17" />
        <source>The server cannot be reached. Check the address and your internet connection.</source>
        <translation>Le serveur est injoignable. Vérifiez l'adresse et votre connexion internet.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="19" />
        <source>This address is not a Plein server. Check the address with your organisation.</source>
        <translation>Cette adresse n'est pas un serveur Plein. Vérifiez l'adresse auprès de votre organisation.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="21" />
        <source>The email address or password is not right.</source>
        <translation>L'adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/SignInMessages.cpp" line="24" />
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation><numerusform>Trop de tentatives. Réessayez dans %n seconde.</numerusform><numerusform>Trop de tentatives. Réessayez dans %n secondes.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="25" />
        <source>Too many attempts. Try again in a moment.</source>
        <translation>Trop de tentatives. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="27" />
        <source>Your sign-in could not be saved in the system keychain. Unlock the keychain and try again.</source>
        <translation>Votre connexion n'a pas pu être enregistrée dans le trousseau du système. Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="29" />
        <source>Plein could not open its storage on this device. Free some space and try again.</source>
        <translation>Plein n'a pas pu ouvrir son stockage sur cet appareil. Libérez de l'espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="31" />
        <source>The server has a problem right now. Try again later.</source>
        <translation>Le serveur rencontre un problème. Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>plein::app::Session</name>
    <message>
        <location filename="../app/glue/Session.cpp" line="32" />
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Votre session a expiré. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="153" />
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="154" />
        <source>Community manager</source>
        <translation>Responsable de communauté</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="155" />
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="156" />
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="232" />
        <source>Your post could not be saved on this device. Your text is still here; try again.</source>
        <translation>Votre message n'a pas pu être enregistré sur cet appareil. Votre texte est toujours là ; réessayez.</translation>
    </message>
</context>
</TS>