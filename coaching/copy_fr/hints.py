"""How to say it better: one concrete rewrite hint per kind of finding."""

from coaching.axes import Axis
from coaching.copy_fr.lines import Line
from coaching.findings import FindingKind as K

HINT: dict[K, Line] = {
    K.CREDENTIAL: Line(
        "Retire-le du texte, et pense à le faire changer s'il a déjà circulé.",
        "Retirez-le du texte, et pensez à le faire changer s'il a déjà circulé.",
    ),
    K.NATIONAL_ID: Line(
        "Enlève le numéro ; si quelqu'un en a besoin, passe par un canal privé.",
        "Enlevez le numéro ; si quelqu'un en a besoin, passez par un canal privé.",
    ),
    K.IBAN: Line(
        "Retire l'IBAN et envoie-le en message privé à la personne concernée.",
        "Retirez l'IBAN et envoyez-le en message privé à la personne concernée.",
    ),
    K.CARD_NUMBER: Line(
        "Supprime le numéro de carte ; s'il a déjà été partagé, préviens ta banque.",
        "Supprimez le numéro de carte ; s'il a déjà été partagé, prévenez votre banque.",
    ),
    K.SIN: Line(
        "Retire le NAS ; s'il faut le transmettre, passe par un canal privé et sûr.",
        "Retirez le NAS ; s'il faut le transmettre, passez par un canal privé et sûr.",
    ),
    K.HEALTH_OR_HR_ABOUT_PERSON: Line(
        "Parle de la situation sans la personne (« l'équipe traverse une période chargée »), "
        "ou demande-lui d'abord son accord.",
        "Parlez de la situation sans la personne (« l'équipe traverse une période chargée »), "
        "ou demandez-lui d'abord son accord.",
    ),
    K.INTERNAL_URL: Line(
        "Retire le lien ; décris l'info avec tes mots ou renvoie vers une page publique.",
        "Retirez le lien ; décrivez l'info avec vos mots ou renvoyez vers une page publique.",
    ),
    K.CODE_NAME: Line(
        "Parle du projet sans le nommer (« un nouveau projet sur lequel je "
        "travaille »), ou attends l'annonce officielle.",
        "Parlez du projet sans le nommer (« un nouveau projet sur lequel je "
        "travaille »), ou attendez l'annonce officielle.",
    ),
    K.UNANNOUNCED_PRODUCT: Line(
        "Garde le nom pour le jour de l'annonce ; d'ici là, dis que tu "
        "prépares quelque chose qui te tient à cœur.",
        "Gardez le nom pour le jour de l'annonce ; d'ici là, dites que "
        "vous préparez quelque chose qui vous tient à cœur.",
    ),
    K.CLIENT: Line(
        "Parle d'« un client du secteur » plutôt que de son nom, sauf s'il a "
        "déjà communiqué lui-même.",
        "Parlez d'« un client du secteur » plutôt que de son nom, sauf s'il a "
        "déjà communiqué lui-même.",
    ),
    K.EMAIL: Line(
        "Renvoie plutôt vers une adresse générique ou un formulaire de contact public.",
        "Renvoyez plutôt vers une adresse générique ou un formulaire de contact public.",
    ),
    K.PHONE: Line(
        "Retire le numéro, ou remplace-le par le standard ou un contact public.",
        "Retirez le numéro, ou remplacez-le par le standard ou un contact public.",
    ),
    K.INSULT: Line(
        "Garde ton point de vue et enlève le mot blessant : dis ce qui ne va pas et "
        "pourquoi, faits à l'appui.",
        "Gardez votre point de vue et enlevez le mot blessant : dites ce qui ne va "
        "pas et pourquoi, faits à l'appui.",
    ),
    K.CONTEMPT: Line(
        "Dis la même critique sans la moquerie : ce qui s'est passé, ce que tu en "
        "penses, ce que tu proposes.",
        "Dites la même critique sans la moquerie : ce qui s'est passé, ce que vous "
        "en pensez, ce que vous proposez.",
    ),
    K.VULGARITY: Line(
        "Remplace-le par le mot juste pour ce que tu ressens (« agacé », « déçu ») : ton "
        "message gardera toute sa force.",
        "Remplacez-le par le mot juste pour ce que vous ressentez (« agacé », « déçu ») : "
        "votre message gardera toute sa force.",
    ),
    K.REPORTED_INSULT: Line(
        "Garde ton témoignage tel quel ; si tu veux, masque le mot (« s*** ») ou "
        "nomme-le (« une insulte sexiste », « raciste »…) et dis ce que tu attends : du "
        "soutien, un conseil, des témoins.",
        "Gardez votre témoignage tel quel ; si vous voulez, masquez le mot (« s*** ») ou "
        "nommez-le (« une insulte sexiste », « raciste »…) et dites ce que vous attendez : "
        "du soutien, un conseil, des témoins.",
    ),
    K.MONEY: Line(
        "Remplace le montant exact par ce qui est déjà publié, ou par une formule "
        "comme « une très belle année ».",
        "Remplacez le montant exact par ce qui est déjà publié, ou par une formule "
        "comme « une très belle année ».",
    ),
    K.PERCENT: Line(
        "Si le chiffre n'est pas publié, parle de la tendance (« une nette "
        "progression ») plutôt que du pourcentage.",
        "Si le chiffre n'est pas publié, parlez de la tendance (« une nette "
        "progression ») plutôt que du pourcentage.",
    ),
    K.LAUNCH_DATE: Line(
        "Dis « bientôt » ou « dans les prochaines semaines » tant que la date "
        "n'est pas officielle.",
        "Dites « bientôt » ou « dans les prochaines semaines » tant que la date "
        "n'est pas officielle.",
    ),
    K.FIGURE: Line(
        "Reprends le chiffre publié par l'entreprise s'il existe, sinon une formule "
        "qualitative (« de plus en plus de clients »).",
        "Reprenez le chiffre publié par l'entreprise s'il existe, sinon une formule "
        "qualitative (« de plus en plus de clients »).",
    ),
    K.SIRET_SIREN: Line(
        "Vérifie que le numéro sert vraiment ton message ; sinon, retire-le.",
        "Vérifiez que le numéro sert vraiment votre message ; sinon, retirez-le.",
    ),
    K.PASTED_INSTRUCTION: Line(
        "Retire la consigne et réécris le message avec tes mots, en "
        "ajoutant ce que toi tu en as vécu.",
        "Retirez la consigne et réécrivez le message avec vos mots, en "
        "ajoutant ce que vous en avez vécu.",
    ),
    K.COMPETITOR: Line(
        "Mets en avant ce que ton équipe fait bien plutôt que ce que le concurrent ferait mal.",
        "Mettez en avant ce que votre équipe fait bien plutôt que ce que le concurrent ferait mal.",
    ),
    K.SHOUTING: Line(
        "Garde une seule exclamation et des minuscules : ton message aura plus de poids.",
        "Gardez une seule exclamation et des minuscules : votre message aura plus de poids.",
    ),
    K.SUPERLATIVES: Line(
        "Remplace deux ou trois superlatifs par un détail concret que tu as vécu ou constaté.",
        "Remplacez deux ou trois superlatifs par un détail concret que vous avez vécu ou constaté.",
    ),
    K.HASHTAG_STUFFING: Line(
        "Garde deux ou trois hashtags, les plus utiles à tes lecteurs.",
        "Gardez deux ou trois hashtags, les plus utiles à vos lecteurs.",
    ),
}

AFFILIATION_HINT = Line(
    "Ajoute simplement « je travaille chez {company} » : ça renforce ton message au lieu de "
    "l'affaiblir.",
    "Ajoutez simplement « je travaille chez {company} » : cela renforce votre message au lieu "
    "de l'affaiblir.",
)
AFFILIATION_HINT_NO_NAME = Line(
    "Ajoute simplement que tu y travailles : ça renforce ton message au lieu de l'affaiblir.",
    "Ajoutez simplement que vous y travaillez : cela renforce votre message au lieu de "
    "l'affaiblir.",
)

SENTENCE_HINT: dict[Axis, Line] = {
    Axis.TONE: Line(
        "Garde ta critique : dis les faits et ce que tu proposes, sans viser les personnes.",
        "Gardez votre critique : dites les faits et ce que vous proposez, sans "
        "viser les personnes.",
    ),
    Axis.CONFIDENTIALITY: Line(
        "Vérifie que c'est déjà public ; sinon, raconte ce que tu as "
        "vécu sans les détails internes.",
        "Vérifiez que c'est déjà public ; sinon, racontez ce que vous "
        "avez vécu sans les détails internes.",
    ),
    Axis.AUTHENTICITY: Line(
        "Raconte plutôt un moment précis que tu as vécu, avec tes mots.",
        "Racontez plutôt un moment précis que vous avez vécu, avec vos mots.",
    ),
}
